#!/usr/bin/env python3
"""Builds the GED layout test files from the committed real file GEDEvent_v26_0_4.csv (UCDP, CC BY 4.0).

Every file holds real UCDP rows, re-laid out as the layout's codebook or tool lays them out: columns dropped,
renamed or added, values re-spelled as the tool writes them. Run from this folder: python3 make_layout_files.py
"""
import csv
import io

SOURCE = "../GEDEvent_v26_0_4.csv"
ROWS = 300

with open(SOURCE, encoding="utf-8", newline="") as f:
    table = list(csv.reader(f))
header, rows = table[0], table[1:]


def write(name, columns, data, encoding="utf-8", newline="\n", bom=False):
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator=newline)
    writer.writerow(columns)
    writer.writerows(data)
    raw = text.getvalue().encode(encoding)
    if bom:
        raw = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + raw
    with open(name, "wb") as out:
        out.write(raw)


def project(columns, source_names=None):
    names = source_names or columns
    idx = [header.index(n) for n in names]
    return [[r[i] for i in idx] for r in rows[:ROWS]]


# GED 17.1-19.1: the current columns without code_status.
cols17 = [c for c in header if c != "code_status"]
write("ged-release-17.csv", cols17, project(cols17))

# GED 5.0: no relid, no code_status; best_est, high_est, low_est.
src5 = [c for c in header if c not in ("relid", "code_status")]
cols5 = [c + "_est" if c in ("best", "high", "low") else c for c in src5]
write("ged-release-5.csv", cols5, project(cols5, src5))

# The UCDP API's records saved by pandas: an unnamed index column, Python booleans.
ay = header.index("active_year")
api = []
for i, r in enumerate(rows[:ROWS]):
    r = list(r)
    r[ay] = {"true": "True", "false": "False"}.get(r[ay], r[ay])
    api.append([str(i)] + r)
write("ged-api-csv.csv", [""] + header, api)


def excel_date(value, day_first):
    y, m, d = value[:10].split("-")
    return (f"{d}/{m}/{y} 00:00" if day_first else f"{int(m)}/{int(d)}/{y} 0:00")


def resaved(data, day_first):
    out = []
    for r in data:
        r = list(r)
        for c in ("date_start", "date_end"):
            i = header.index(c)
            r[i] = excel_date(r[i], day_first)
        r[ay] = r[ay].upper()
        out.append(r)
    return out


# A spreadsheet on Windows (day-first locale) re-saved the file: Windows-1252, CRLF, dd/MM/yyyy HH:mm, TRUE/FALSE.
# Only rows whose text Windows-1252 can hold (627 of the 688 with non-ASCII text; the others hold Arabic or
# other scripts a Windows-1252 save would have turned into '?').
def _fits(r):
    try:
        ",".join(r).encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False
fits = [r for r in rows if _fits(r)][:ROWS]
write("ged-spreadsheet-windows-1252.csv", header, resaved(fits, True), encoding="cp1252", newline="\r\n")

# A spreadsheet in a month-first locale (United States) re-saved it as "CSV UTF-8": a BOM, M/d/yyyy H:mm.
write("ged-spreadsheet-us.csv", header, resaved(rows[:ROWS], False), bom=True, newline="\r\n")

# A UTF-16 copy (Excel's "Unicode text" keeps commas when the separator is set so): a BOM, little-endian.
write("ged-utf16.csv", header, rows[:ROWS], encoding="utf-16-le", bom=True)
