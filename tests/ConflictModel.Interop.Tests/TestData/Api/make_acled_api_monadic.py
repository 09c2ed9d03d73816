#!/usr/bin/env python3
"""Builds the ACLED API monadic test files from the constructed ../acled-monadic-constructed.csv (invented events).

acled-api-monadic-strings.json: an ACLED API answer (status, success, count, data...), every value a string, pretty.
acled-api-monadic-numbers.json: the bare data array, numeric fields as the numbers the CSV writes (digits kept as
written), empty values as null, all records on one line (records of one line are told apart by their number).
Run from this folder: python3 make_acled_api_monadic.py
"""
import csv
import json

NUMERIC = {"year", "time_precision", "iso", "latitude", "longitude", "geo_precision", "fatalities", "timestamp"}

with open("../acled-monadic-constructed.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))


def record(row, numbers):
    fields = []
    for name, value in row.items():
        if numbers and value == "":
            text = "null"
        elif numbers and name in NUMERIC:
            text = value  # the digits as the CSV writes them: -1.1900 stays -1.1900
        else:
            text = json.dumps(value, ensure_ascii=False)
        fields.append(json.dumps(name) + ": " + text)
    return "{" + ", ".join(fields) + "}"


with open("acled-api-monadic-strings.json", "w", encoding="utf-8", newline="\n") as out:
    out.write('{\n  "status": 200,\n  "success": true,\n  "last_update": 40,\n  "count": %d,\n  "messages": [],\n  "data": [\n' % len(rows))
    out.write(",\n".join("    " + record(r, numbers=False) for r in rows))
    out.write('\n  ],\n  "filename": "acled_monadic_constructed",\n  "data_query_restrictions": {"date_recency": {"date": "2024-11-05"}}\n}\n')

with open("acled-api-monadic-numbers.json", "w", encoding="utf-8", newline="\n") as out:
    out.write("[" + ", ".join(record(r, numbers=True) for r in rows) + "]\n")
