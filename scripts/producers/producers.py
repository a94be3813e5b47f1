#!/usr/bin/python3
"""openpyxl (load and save) and xlsxwriter (the grid written anew, with merges and number formats).
Run by make.sh with Debian's /usr/bin/python3 (python3-openpyxl, python3-xlsxwriter)."""
import sys
import openpyxl
import xlsxwriter


def openpyxl_resave(src, out):
    wb = openpyxl.load_workbook(src)
    wb.save(out)


def xlsxwriter_rewrite(src, out):
    wb = openpyxl.load_workbook(src)
    book = xlsxwriter.Workbook(out)
    for ws in wb.worksheets:
        sheet = book.add_worksheet(ws.title)
        formats = {}
        merged = {}
        for rng in ws.merged_cells.ranges:
            merged[(rng.min_row, rng.min_col)] = rng
        covered = set()
        for rng in ws.merged_cells.ranges:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    if (r, c) != (rng.min_row, rng.min_col):
                        covered.add((r, c))
        for row in ws.iter_rows():
            for cell in row:
                if (cell.row, cell.column) in covered:
                    continue
                fmt = None
                if cell.number_format and cell.number_format != 'General':
                    fmt = formats.get(cell.number_format)
                    if fmt is None:
                        fmt = formats[cell.number_format] = book.add_format({'num_format': cell.number_format})
                rng = merged.get((cell.row, cell.column))
                value = cell.value
                if rng is not None:
                    sheet.merge_range(rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1, value if value is not None else '', fmt)
                elif value is not None:
                    sheet.write(cell.row - 1, cell.column - 1, value, fmt)
    book.close()


if __name__ == '__main__':
    {'openpyxl': openpyxl_resave, 'xlsxwriter': xlsxwriter_rewrite}[sys.argv[1]](sys.argv[2], sys.argv[3])
