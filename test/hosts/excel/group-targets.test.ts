/** groupTargets keeps addresses already in normal form as they are: the same as normalising each. */
import fc from 'fast-check';
import { normalizeAddress } from '../../../src/hosts/excel/address';
import { groupTargets } from '../../../src/hosts/excel/marks';
import type { MarkTarget } from '../../../src/hosts/types';

test('the addresses of each group are the normalised addresses of its targets, each once', () => {
  const cell = fc.oneof(
    fc.tuple(fc.stringMatching(/^[A-Z]{1,3}$/), fc.integer({ min: 1, max: 9_999_999 })).map(([c, r]) => `${c}${r}`),
    fc.constantFrom('$F$14', 'f14', 'A01', 'B2:A1', 'A1:G14', 'C:C', '3:5', 'F14'),
  );
  const target = fc.record({ cell, severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<MarkTarget['severity']>, message: fc.constant('m') });
  fc.assert(
    fc.property(fc.array(target, { maxLength: 30 }), (targets) => {
      for (const group of groupTargets(targets)) {
        const expected = [...new Set(targets.filter((t) => t.severity === group.severity).map((t) => normalizeAddress(t.cell)))];
        expect(group.addresses).toEqual(expected);
      }
    }),
    { numRuns: 500 },
  );
});
