"""Build /tmp/pairs-4/pairs-4.tsv from the hand-written post bank in posts.py.

Pairs are chosen deterministically (fixed seed):
  * positives: two different posts of the same issue (different authors/wording/places)
  * negatives: mostly hard (same category different issue; same place different issue),
    a few easy ones across programme families (NSSF vs social assistance).
"""
import itertools
import random
import sys

sys.path.insert(0, "/tmp/pairs-4")
from posts import P, DEFAULT_CAT, ISSUES  # noqa: E402

SEED = 4
rng = random.Random(SEED)

posts = []
for i, (iss, lang, cat, place, title, body) in enumerate(P):
    posts.append(dict(id=i, issue=iss, lang=lang, cat=cat or DEFAULT_CAT[iss[0]],
                      place=place, title=title, body=body))

# issue pairs too close to be a clean negative (kept out of same=0)
EXCLUDE = {frozenset(x) for x in [
    ("N3", "P1"), ("N3", "N7"), ("E4", "D2"), ("M5", "Y6"), ("M5", "I2"), ("S1", "Y5"),
    ("H2", "H5"), ("L2", "M3"), ("I1", "L4"), ("I5", "I6"), ("E1", "E2"),
]}
NSSF_FAMILY = set("NSEP")

def family(p):
    return "nssf" if p["issue"][0] in NSSF_FAMILY else "sa"

use = {p["id"]: 0 for p in posts}
seen_pairs = set()
by_issue_lang = {}
for p in posts:
    by_issue_lang.setdefault((p["issue"], p["lang"]), []).append(p)

issues = sorted(ISSUES)
rng.shuffle(issues)
n = len(issues)
TARGET_POS = 36
TARGET_NEG = 44

def pick(cands, prefer=None):
    """candidate list of (a,b); pick least-used, random tie-break"""
    best = None
    for a, b in cands:
        key = frozenset((a["id"], b["id"]))
        if key in seen_pairs:
            continue
        score = use[a["id"]] + use[b["id"]] + rng.random() * 0.9
        if prefer and prefer(a, b):
            score -= 0.6
        if best is None or score < best[0]:
            best = (score, a, b)
    if best is None:
        return None
    _, a, b = best
    seen_pairs.add(frozenset((a["id"], b["id"])))
    use[a["id"]] += 1
    use[b["id"]] += 1
    return a, b

def diff_cat(a, b):
    return a["cat"] != b["cat"]

rows = []  # (same, lang, a, b, kind)

# ---------------- positives
pos_plan = {
    "en": issues[0:TARGET_POS],
    "km": (issues + issues)[19:19 + TARGET_POS],
    "mixed": (issues + issues)[38:38 + TARGET_POS],
}
for lang, iss_list in pos_plan.items():
    for iss in iss_list:
        if lang in ("en", "km"):
            ps = by_issue_lang[(iss, lang)]
            cands = list(itertools.combinations(ps, 2))
        else:
            cands = [(e, k) for e in by_issue_lang[(iss, "en")] for k in by_issue_lang[(iss, "km")]]
        # mild preference for pairs whose places differ, and for category-inconsistent pairs
        res = pick(cands, prefer=lambda a, b: a["place"] != b["place"])
        assert res, (lang, iss)
        rows.append((1, lang, res[0], res[1], "pos-diffcat" if diff_cat(*res) else "pos"))

# ---------------- negatives
def neg_cands(lang, kind):
    if lang == "mixed":
        A = [p for p in posts if p["lang"] == "en"]
        B = [p for p in posts if p["lang"] == "km"]
        pairs = [(a, b) for a in A for b in B]
    else:
        L = [p for p in posts if p["lang"] == lang]
        pairs = list(itertools.combinations(L, 2))
    out = []
    for a, b in pairs:
        if a["issue"] == b["issue"] or frozenset((a["issue"], b["issue"])) in EXCLUDE:
            continue
        if kind == "samecat" and a["cat"] == b["cat"]:
            out.append((a, b))
        elif kind == "sameplace" and a["place"] == b["place"] and a["cat"] != b["cat"]:
            out.append((a, b))
        elif kind == "easy" and family(a) != family(b) and a["place"] != b["place"] and a["cat"] != b["cat"]:
            out.append((a, b))
    return out

NEG_MIX = {"samecat": 24, "sameplace": 14, "easy": 6}
issue_pair_count = {}
for lang in ("en", "km", "mixed"):
    for kind, k in NEG_MIX.items():
        cands = neg_cands(lang, kind)
        if kind == "samecat":
            cats = sorted(set(a["cat"] for a, _ in cands))
            rng.shuffle(cats)
            got = 0
            ci = 0
            while got < k:
                c = cats[ci % len(cats)]
                ci += 1
                sub = [(a, b) for a, b in cands if a["cat"] == c
                       and issue_pair_count.get((lang, frozenset((a["issue"], b["issue"]))), 0) < 1]
                res = pick(sub, prefer=lambda a, b: a["place"] == b["place"])
                if res:
                    issue_pair_count[(lang, frozenset((res[0]["issue"], res[1]["issue"])))] = 1
                    rows.append((0, lang, res[0], res[1], "neg-samecat" + ("+place" if res[0]["place"] == res[1]["place"] else "")))
                    got += 1
                if ci > 500:
                    raise SystemExit(f"not enough samecat {lang}")
        else:
            places = sorted(set(a["place"] for a, _ in cands)) if kind == "sameplace" else [None]
            rng.shuffle(places)
            got = 0
            pi = 0
            while got < k:
                pl = places[pi % len(places)]
                pi += 1
                sub = [(a, b) for a, b in cands if (pl is None or a["place"] == pl)
                       and issue_pair_count.get((lang, frozenset((a["issue"], b["issue"]))), 0) < 1]
                res = pick(sub)
                if res:
                    issue_pair_count[(lang, frozenset((res[0]["issue"], res[1]["issue"])))] = 1
                    rows.append((0, lang, res[0], res[1], "neg-" + kind))
                    got += 1
                if pi > 500:
                    raise SystemExit(f"not enough {kind} {lang}")

# ---------------- order, orientation, write
out_rows = []
for lang in ("en", "km", "mixed"):
    grp = [r for r in rows if r[1] == lang]
    rng.shuffle(grp)
    for i, (same, lg, a, b, kind) in enumerate(grp):
        if lg == "mixed":
            # a is English, b is Khmer; alternate so Khmer is on side A for even rows
            if i % 2 == 0:
                a, b = b, a
        elif rng.random() < 0.5:
            a, b = b, a
        out_rows.append((same, lg, a, b, kind))

def clean(s):
    assert "\t" not in s and "\n" not in s, s
    return s.strip()

with open("/tmp/pairs-4/pairs-4.tsv", "w", encoding="utf-8") as f:
    f.write("same\tlang\tcategory_a\ttitle_a\tbody_a\tcategory_b\ttitle_b\tbody_b\n")
    for same, lg, a, b, kind in out_rows:
        f.write("\t".join([str(same), lg, a["cat"], clean(a["title"]), clean(a["body"]),
                           b["cat"], clean(b["title"]), clean(b["body"])]) + "\n")

# side file with issue ids and pair kind (for auditing)
with open("/tmp/pairs-4/pairs-4.meta.tsv", "w", encoding="utf-8") as f:
    f.write("row\tsame\tlang\tkind\tissue_a\tissue_b\tplace_a\tplace_b\n")
    for i, (same, lg, a, b, kind) in enumerate(out_rows, 1):
        f.write(f"{i}\t{same}\t{lg}\t{kind}\t{a['issue']}\t{b['issue']}\t{a['place']}\t{b['place']}\n")

# stats
from collections import Counter
print("posts", len(posts), Counter(p["lang"] for p in posts))
print("rows", len(out_rows))
print(Counter((r[1], r[0]) for r in out_rows))
print(Counter(r[4] for r in out_rows))
print("issues in positives", len({r[2]["issue"] for r in out_rows if r[0] == 1}))
print("issues anywhere", len({r[2]["issue"] for r in out_rows} | {r[3]["issue"] for r in out_rows}))
print("max post use", max(use.values()), "unused", sum(1 for v in use.values() if v == 0))
print("cats in pos", Counter(r[2]["cat"] for r in out_rows if r[0] == 1))
