#!/usr/bin/env python3
"""Writes the hand-written phrasing cases of casualty-corpus.json (origin "hand-written: <phrasing>").

Each case is built from a template of how English Wikipedia infoboxes write casualties, and its expected
estimates are written from the same template, by what the words say -- never from the parser. Run from this
folder: `python3 phrasings.py` rewrites the entries whose origin starts with "hand-written:" and keeps the
others (the real fields and the older modelled cases) as they are.

Expected estimates use the compact form of ParsedEstimate.ToString(): measure (or "?"), quantity ("40",
">=40", "<=40", "~40", "40-60", "~40-60" for an approximate range, "40-60+"), unit, "@claimant" (one name
per claimant: "Ukrainian" and "Ukraine" are both "@Ukraine") and "^N" when the estimate counts a part of
estimate N.
"""
import json
import random

rng = random.Random(20)

# Claimants as infoboxes write them (country, demonym) and the one name the parser should give.
CLAIMANTS = [
    ("Russia", "Russian", "Russia"), ("Ukraine", "Ukrainian", "Ukraine"), ("Israel", "Israeli", "Israel"),
    ("Syria", "Syrian", "Syria"), ("the Soviet Union", "Soviet", "Soviet Union"), ("the United Kingdom", "British", "United Kingdom"),
    ("the United States", "American", "United States"), ("Germany", "German", "Germany"), ("France", "French", "France"),
    ("Iraq", "Iraqi", "Iraq"), ("Afghanistan", "Afghan", "Afghanistan"), ("Mali", "Malian", "Mali"), ("Turkey", "Turkish", "Turkey"),
    ("India", "Indian", "India"), ("Pakistan", "Pakistani", "Pakistan"), ("Ethiopia", "Ethiopian", "Ethiopia"),
    ("Sudan", "Sudanese", "Sudan"), ("Yemen", "Yemeni", "Yemen"), ("Saudi Arabia", "Saudi", "Saudi Arabia"), ("Iran", "Iranian", "Iran"),
    ("China", "Chinese", "China"), ("Japan", "Japanese", "Japan"), ("Poland", "Polish", "Poland"), ("Finland", "Finnish", "Finland"),
    ("Lebanon", "Lebanese", "Lebanon"), ("Nigeria", "Nigerian", "Nigeria"), ("Burkina Faso", "Burkinabe", "Burkina Faso"),
    ("Armenia", "Armenian", "Armenia"), ("Azerbaijan", "Azerbaijani", "Azerbaijan"), ("Georgia", "Georgian", "Georgia"),
    ("Egypt", "Egyptian", "Egypt"), ("Libya", "Libyan", "Libya"), ("Somalia", "Somali", "Somalia"), ("Colombia", "Colombian", "Colombia"),
    ("Vietnam", "Vietnamese", "Vietnam"), ("Italy", "Italian", "Italy"), ("Greece", "Greek", "Greece"), ("Serbia", "Serbian", "Serbia"),
    ("Croatia", "Croatian", "Croatia"), ("Morocco", "Moroccan", "Morocco"), ("Algeria", "Algerian", "Algeria"), ("Chad", "Chadian", "Chad"),
    ("Niger", "Nigerien", "Niger"), ("Kenya", "Kenyan", "Kenya"), ("Uganda", "Ugandan", "Uganda"), ("Myanmar", "Burmese", "Myanmar"),
    ("the Philippines", "Filipino", "Philippines"), ("Thailand", "Thai", "Thailand"), ("Indonesia", "Indonesian", "Indonesia"),
    ("Mexico", "Mexican", "Mexico"),
]

# Measure words and the measure they name (None: the model has no measure for them, "?").
MEASURES = [
    ("killed", "killed"), ("dead", "killed"), ("deaths", "killed"), ("wounded", "wounded"), ("injured", "wounded"),
    ("captured", "captured"), ("POWs", "captured"), ("missing", "missing"), ("killed or wounded", "killedorwounded"),
    ("casualties", "killedorwounded"), ("arrested", "arrested"), ("killed and wounded", "killedorwounded"),
    ("dead or missing", None), ("displaced", "displaced"), ("killed in action", "killed"), ("detained", "arrested"),
]

PEOPLE = ["soldiers", "civilians", "policemen", "militants", "rebels", "police officers", "troops", "insurgents", "children",
          "women", "sailors", "marines", "gunmen", "villagers", "servicemen"]
THINGS = [("tanks", "destroyed"), ("aircraft", "destroyed"), ("trucks", "destroyed"), ("helicopters", "destroyed"), ("artillery pieces", "destroyed")]
THING_MEASURES = ["destroyed", "lost", "shot down", "captured"]
THING_MEASURE_OF = {"destroyed": "destroyed", "lost": "destroyed", "shot down": "destroyed", "captured": "captured"}

SEPARATORS = ["; ", ", ", " / ", "<br />", "<br>", "\n", "\n* ", "; and "]


def n(value):
    return f"{value:,}"


def num():
    return rng.choice([2, 3, 4, 5, 7, 9, 12, 14, 17, 23, 30, 40, 47, 60, 85, 120, 150, 230, 400, 512, 700, 1200, 1360, 2500, 3000,
                       4200, 5000, 7800, 12000, 15009, 20000, 35000])


def pair():
    low = num()
    high = low + rng.choice([1, 2, 5, 10, 20, 100, 500, 1000])
    return low, high


def m(code):
    return code if code is not None else "?"


cases = []


def add(phrasing, text, expected, complete=True):
    cases.append({"origin": "hand-written: " + phrasing, "text": text, "expected": expected, "complete": complete})


# 1. Claimant segments: "Per X: ...; per Y: ...", "X claim: ...", "(X claim)", "according to X".
for i in range(90):
    (c1, d1, k1), (c2, d2, k2) = rng.sample(CLAIMANTS, 2)
    (w1, m1), (w2, m2) = rng.sample(MEASURES, 2)
    a, b = num(), num()
    sep = SEPARATORS[i % len(SEPARATORS)]
    style = i % 5
    if style == 0:
        text = f"Per {c1}: {n(a)} {w1}{sep}per {c2}: {n(b)} {w2}"
    elif style == 1:
        text = f"{d1} claim: {n(a)} {w1}{sep}{d2} claim: {n(b)} {w2}"
    elif style == 2:
        text = f"{n(a)} {w1} ({d1} claim){sep}{n(b)} {w2} ({d2} claim)"
    elif style == 3:
        text = f"{n(a)} {w1} (per {c1}){sep}{n(b)} {w2} (per {c2})"
    else:
        text = f"According to {c1}: {n(a)} {w1}{sep}according to {c2}: {n(b)} {w2}"
    add("claimant segments", text, [f"{m(m1)} {a} @{k1}", f"{m(m2)} {b} @{k2}"])

# 2. One claimant, several estimates, heading alone on its line or in front.
for i in range(30):
    c, d, k = rng.choice(CLAIMANTS)
    (w1, m1), (w2, m2) = rng.sample(MEASURES[:12], 2)
    a, b = num(), num()
    if i % 3 == 0:
        text = f"Per {c}:<br />{n(a)} {w1}<br />{n(b)} {w2}"
    elif i % 3 == 1:
        text = f"'''{d} claim:'''<br>{n(a)} {w1}, {n(b)} {w2}"
    else:
        text = f"{n(a)} {w1}, {n(b)} {w2}<br /><small>({d} claim)</small>"
    add("one claimant for several estimates", text, [f"{m(m1)} {a} @{k}", f"{m(m2)} {b} @{k}"])

# 3. Ranges in words.
for i in range(96):
    w, code = rng.choice(MEASURES)
    low, high = pair()
    subject = rng.choice(["", ""] + [p + " " for p in PEOPLE[:6]])
    style = i % 8
    if style == 0:
        text, q = f"Between {n(low)} and {n(high)} {subject}{w}", f"{low}-{high}"
    elif style == 1:
        text, q = f"between {n(low)} and {n(high)} {subject}{w}", f"{low}-{high}"
    elif style == 2:
        text, q = f"From {n(low)} to {n(high)} {subject}{w}", f"{low}-{high}"
    elif style == 3:
        text, q = f"{n(low)} or {n(high)} {subject}{w}", f"{low}-{high}"
    elif style == 4:
        text, q = f"Up to {n(high)} {subject}{w}", f"<={high}"
    elif style == 5:
        text, q = f"{n(low)} to {n(high)} {subject}{w}", f"{low}-{high}"
    elif style == 6:
        text, q = f"{n(low)}–{n(high)} {subject}{w}", f"{low}-{high}"
    else:
        text, q = f"{n(low)}–{n(high)}+ {subject}{w}", f"{low}-{high}+"
    add("ranges in words", text, [f"{m(code)} {q}"])

# 4. Approximate ranges.
APPROX = ["c. {a}–{b}", "{{{{circa|{a}–{b}}}}}", "~{a}–{b}", "about {a} to {b}", "approximately {a}-{b}", "some {a}–{b}",
          "an estimated {a}–{b}", "around {a} to {b}", "circa {a}–{b}", "roughly {a}–{b}", "ca. {a}-{b}", "about {a}–{b}+"]
for i in range(72):
    w, code = rng.choice(MEASURES)
    low, high = pair()
    pattern = APPROX[i % len(APPROX)]
    text = pattern.format(a=n(low), b=n(high)) + " " + w
    q = f"~{low}-{high}" + ("+" if pattern.endswith("+") else "")
    add("approximate ranges", text, [f"{m(code)} {q}"])

# 5. Several subjects sharing one measure.
for i in range(80):
    w, code = rng.choice([x for x in MEASURES if x[1] is not None][:12])
    if i % 4 == 3:
        (t1, _), (t2, _) = rng.sample(THINGS, 2)
        tm = rng.choice(THING_MEASURES)
        a, b = num(), num()
        add("several subjects sharing one measure", f"{n(a)} {t1} and {n(b)} {t2} {tm}",
            [f"{THING_MEASURE_OF[tm]} {a} {t1}", f"{THING_MEASURE_OF[tm]} {b} {t2}"])
        continue
    count = 2 if i % 2 == 0 else 3
    subjects = rng.sample(PEOPLE[:10], count)
    values = [num() for _ in subjects]
    if count == 2:
        text = f"{n(values[0])} {subjects[0]} and {n(values[1])} {subjects[1]} {w}"
    else:
        text = f"{n(values[0])} {subjects[0]}, {n(values[1])} {subjects[1]} and {n(values[2])} {subjects[2]} {w}"
    add("several subjects sharing one measure", text, [f"{code} {v}" for v in values])

# 6. Parts of a whole.
PARTS = [
    "{q}{a} {s}{mw}, including {b} {p}", "{q}{a} {s}{mw} (including {b} {p})", "{q}{a} {s}{mw}, of whom {b} {p}",
    "{q}{a} {s}{mw}, among them {b} {p}", "{q}{a} {s}{mw}, {b} of them {p}", "{q}{a} {s}{mw} (of whom {b} were {p})",
    "{q}{a} {s}{mw}, incl. {b} {p}", "{q}{a} {s}{mw} including {b} {p} and {c} {p2}",
]
for i in range(96):
    w, code = rng.choice([x for x in MEASURES if x[1] in ("killed", "wounded", "captured", "missing", "arrested")])
    a = rng.choice([40, 60, 85, 120, 150, 230, 400, 700, 1200, 2500, 5000])
    b = rng.choice([2, 3, 4, 5, 7, 9, 12, 14, 17, 23])
    c = rng.choice([1, 2, 3, 6, 8])
    qualifier, qcode = rng.choice([("", ""), ("at least ", ">="), ("over ", ">="), ("about ", "~")])
    whole_subject = rng.choice(["", "civilians ", "people "])
    p, p2 = rng.sample(["children", "women", "soldiers", "police officers", "journalists", "students"], 2)
    pattern = PARTS[i % len(PARTS)]
    mw = w if whole_subject == "" or i % 2 == 0 else w
    text = pattern.format(q=qualifier, a=n(a), s=whole_subject, mw=mw, b=n(b), p=p, c=n(c), p2=p2)
    expected = [f"{code} {qcode}{a}", f"{code} {b} ^0"]
    if "{p2}" in pattern:
        expected.append(f"{code} {c} ^0")
    add("parts of a whole", text, expected)

# A whole of "casualties" with parts that name their own measure.
for i in range(24):
    a = rng.choice([300, 1200, 2000, 5400, 62704])
    b, c = rng.choice([20, 45, 169, 300]), rng.choice([10, 33, 120, 752])
    pattern = ["{a} casualties (including {b} killed)", "{a} casualties, including {b} killed and {c} missing",
               "{a} casualties (of which {b} killed and {c} wounded)", "{a} killed and wounded, including {b} dead"][i % 4]
    text = pattern.format(a=n(a), b=n(b), c=n(c))
    expected = {0: [f"killedorwounded {a}", f"killed {b} ^0"], 1: [f"killedorwounded {a}", f"killed {b} ^0", f"missing {c} ^0"],
                2: [f"killedorwounded {a}", f"killed {b} ^0", f"wounded {c} ^0"], 3: [f"killedorwounded {a}", f"killed {b} ^0"]}[i % 4]
    add("parts of a whole, own measures", text, expected)

# 7. Parentheticals that qualify rather than count.
REMARKS = ["({k} later died in hospital)", "({k} later died of wounds)", "(mostly civilians)", "(initially)", "(disputed)",
           "(estimated)", "(all civilians)", "(including {k} who later died)", "(unconfirmed)", "(first day only)", "(by 12 June)",
           "(mainly through disease)"]
for i in range(60):
    w, code = rng.choice(MEASURES)
    a = num()
    k = rng.choice([1, 2, 3, 4])
    remark = REMARKS[i % len(REMARKS)].format(k=k)
    add("parentheticals that qualify", f"{n(a)} {w} {remark}", [f"{m(code)} {a}"])

# 8. Qualifiers.
QUALIFIERS = [("at least ", ">="), ("over ", ">="), ("more than ", ">="), ("nearly ", "~"), ("about ", "~"), ("approximately ", "~"),
              ("up to ", "<="), ("fewer than ", "<="), ("~", "~"), (">", ">="), ("c. ", "~"), ("some ", "~"), ("around ", "~"),
              ("in excess of ", ">="), ("no fewer than ", ">="), ("an estimated ", "~"), ("", "")]
for i in range(68):
    w, code = rng.choice(MEASURES)
    a = num()
    qualifier, qcode = QUALIFIERS[i % len(QUALIFIERS)]
    if i % 5 == 4:
        add("qualifiers", f"{n(a)}+ {w}", [f"{m(code)} >={a}"])
    else:
        add("qualifiers", f"{qualifier}{n(a)} {w}", [f"{m(code)} {qcode}{a}"])

# 9. Never a wrong number: text whose numbers are not estimates of the field, left unparsed.
WRONG = [("{a} killed, not including {b} missing", ["killed {a}"]), ("{a} killed by {d} June", ["killed {a}"]),
         ("{a} wounded in {y}", ["wounded {a}"]), ("{a} killed excluding {b} wounded", ["killed {a}"]),
         ("{a} killed in {d} days of fighting", ["killed {a}"])]
for i in range(30):
    pattern, expected = WRONG[i % len(WRONG)]
    a, b, d, y = num(), num(), rng.choice([3, 12, 17, 28]), rng.choice([1944, 1967, 2014, 2022])
    add("numbers that are not estimates", pattern.format(a=n(a), b=n(b), d=d, y=y), [e.format(a=a) for e in expected], complete=False)

# 10. Lists, bullets and templates.
for i in range(30):
    (w1, m1), (w2, m2), (w3, m3) = rng.sample(MEASURES[:12], 3)
    a, b, c = num(), num(), num()
    style = i % 3
    if style == 0:
        text = f"* {n(a)} {w1}\n* {n(b)} {w2}\n* {n(c)} {w3}"
    elif style == 1:
        text = f"{{{{ubl|{n(a)} {w1}|{n(b)} {w2}|{n(c)} {w3}}}}}"
    else:
        text = f"{n(a)} {w1}<ref>Report</ref><br />{n(b)} {w2}<ref name=\"x\"/><br />{n(c)} {w3}{{{{citation needed|date=May 2024}}}}"
    add("lists and references", text, [f"{m(m1)} {a}", f"{m(m2)} {b}", f"{m(m3)} {c}"])

# 11. Number words, zero and no figure.
WORDS = [("six", 6), ("twelve", 12), ("twenty-one", 21), ("a hundred", 100), ("two hundred", 200), ("forty", 40), ("three", 3)]
for i in range(21):
    word, value = WORDS[i % len(WORDS)]
    w, code = rng.choice(MEASURES[:12])
    add("number words", f"{word.capitalize() if i % 2 else word} {w}", [f"{m(code)} {value}"])
for text, expected in [("None", ["? 0"]), ("Nil", ["? 0"]), ("No casualties", ["killedorwounded 0"]), ("Unknown", []), ("?", []),
                       ("Unknown, 12 wounded", ["wounded 12"]), ("none killed", ["killed 0"]), ("Zero killed", ["killed 0"])]:
    add("zero and no figure", text, expected)

# 12. A scale word after a range scales both ends ("20–30 thousand" is 20,000-30,000, never 20-30,000), and numbers of days,
# kilometres or per cent are not counts, whichever end of a range says so. Fixed lists, no random draws, so that the cases
# above stay as they were.
SCALED = [("20–30 thousand killed", ["killed 20000-30000"]), ("2-3 million dead", ["killed 2000000-3000000"]),
          ("1.5 to 2 million dead", ["killed 1500000-2000000"]), ("between 2 and 3 million displaced", ["displaced 2000000-3000000"]),
          ("2 or 3 thousand wounded", ["wounded 2000-3000"]), ("from 20 to 30 thousand killed", ["killed 20000-30000"]),
          ("c. 20–30 thousand killed", ["killed ~20000-30000"]), ("about 1.5 to 2 million displaced", ["displaced ~1500000-2000000"]),
          ("two to three thousand displaced", ["displaced 2000-3000"]), ("Between 1.2 and 1.5 million dead", ["killed 1200000-1500000"]),
          ("500 to 2 thousand killed", ["killed 500-2000"]), ("40 to 60 thousand+ killed", ["killed 40000-60000+"])]
for text, expected in SCALED:
    add("ranges with a scale word", text, expected)
NOT_COUNTS = [("40 to 60 days", [], False), ("40–60 km", [], False), ("between 40 and 60 days", [], False),
              ("30% of the force", [], False), ("30 % of the force", [], False), ("30 per cent killed", [], False),
              ("20–30 percent of the garrison", [], False), ("12 killed<br />40–60% of the town destroyed", ["killed 12"], False),
              ("1944: 30 killed", ["killed 30"], False), ("1944–1945: 120 killed, 300 wounded", ["killed 120", "wounded 300"], False)]
for text, expected, complete in NOT_COUNTS:
    add("numbers that are not estimates", text, expected, complete)

with open("casualty-corpus.json", encoding="utf-8") as f:
    corpus = json.load(f)
kept = [e for e in corpus["entries"] if not e["origin"].startswith("hand-written:")]
seen = {e["text"] for e in kept}
unique = []
for case in cases:
    if case["text"] not in seen:
        seen.add(case["text"])
        unique.append(case)

corpus["entries"] = kept + unique
with open("casualty-corpus.json", "w", encoding="utf-8") as f:
    json.dump(corpus, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(kept)} kept, {len(unique)} hand-written, {len(kept) + len(unique)} in all")
