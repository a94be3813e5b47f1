/**
 * Shared setup of the pane tests: jest-dom matchers. Fluent UI v9 renders in jsdom as used here
 * without polyfills (MessageBar uses layout="multiline", so it never needs ResizeObserver); add any
 * browser API a later component needs here rather than in jest.config.js.
 */
import '@testing-library/jest-dom';
