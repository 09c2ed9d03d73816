#!/usr/bin/env python3
"""Builds acled-acledr-long-constructed.csv from the synthetic acled-synthetic.csv (invented events, not ACLED data).

It does what acledR's acled_transform_longer(data, type = "full_actors") does (acledR 1.0, R/acled_transform_longer.R,
github.com/dtacled/acledR): pivot_longer of actor1, actor2, assoc_actor_1, assoc_actor_2 into type_of_actor and actor,
placed after sub_event_type; separate_rows of actor on ";" (trimmed; empty columns keep their row); pivot_longer of
inter1, inter2 into inter_type and inter, placed after actor, keeping the pair whose last character matches; inter set
to NA for associated actors. Rows come out per event in that order. Written as readr's write_csv does: NA as NA.
acled-acledr-long-main-constructed.csv is its type = "main_actors" variant: only actor1 and actor2 pivoted (empty
ones filtered out), assoc_actor_1 and assoc_actor_2 kept on every row after inter.
Run from this folder: python3 make_acledr_long.py
"""
import csv

with open("acled-synthetic.csv", encoding="utf-8", newline="") as f:
    table = list(csv.reader(f))
header, rows = table[0], table[1:]
pivoted = ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1", "inter2"]
rest = [c for c in header if c not in pivoted]
at = rest.index("sub_event_type") + 1
out_header = rest[:at] + ["type_of_actor", "actor", "inter_type", "inter"] + rest[at:]

out = []
for r in rows:
    row = dict(zip(header, r))
    for column in ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]:
        for actor in row[column].split(";"):
            inter_type = "inter" + column[-1]
            inter = "NA" if column.startswith("assoc") else row[inter_type]
            values = {**row, "type_of_actor": column, "actor": actor.strip(), "inter_type": inter_type, "inter": inter}
            out.append([values[c] for c in out_header])

with open("acled-acledr-long-constructed.csv", "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(out_header)
    writer.writerows(out)

main_header = rest[:at] + ["type_of_actor", "actor", "inter_type", "inter", "assoc_actor_1", "assoc_actor_2"] + rest[at:]
main = []
for r in rows:
    row = dict(zip(header, r))
    for column in ["actor1", "actor2"]:
        if row[column] == "":
            continue
        inter_type = "inter" + column[-1]
        values = {**row, "type_of_actor": column, "actor": row[column].strip(), "inter_type": inter_type, "inter": row[inter_type]}
        main.append([values[c] for c in main_header])

with open("acled-acledr-long-main-constructed.csv", "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(main_header)
    writer.writerows(main)
