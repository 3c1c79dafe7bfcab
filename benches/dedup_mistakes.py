"""Sorts the duplicate bench's mistakes by kind (its output with CLIENTELE_DEDUP_BENCH_ERRORS=1) into the
coarse kinds of docs/decisions.md. Usage: python3 benches/dedup_mistakes.py LOG [testkit/people/names/nicknames.txt]"""
import sys, unicodedata, re
from collections import Counter, defaultdict
log = sys.argv[1]
nick = set()
if len(sys.argv) > 2:
    for line in open(sys.argv[2], encoding="utf-8"):
        parts = [p.strip().lower() for p in line.strip().split("\t") if p.strip()]
        for a in parts:
            for b in parts:
                if a != b:
                    nick.add((a, b))
def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
def first_of(rec):
    m = re.match(r"\s*(.*?) \[", rec)
    return m.group(1) if m else ""
counts = Counter(); weights = defaultdict(float); example = {}
for line in open(log, encoding="utf-8"):
    if not re.match(r"    (missed|wrong) \|", line):
        continue
    f = [x.strip() for x in line.rstrip("\n").split(" | ")]
    mistake, n, w, why, levels = f[0], int(f[1]), float(f[2]), f[3], f[4]
    recs = line.rstrip("\n").split(" || ")
    a = recs[0].split(" | ")[-1]; b = recs[1]
    lv = dict(x.split("=") for x in levels.replace(", names swapped", "").split(", ") if "=" in x)
    fa, fb = first_of(a).split(" ")[0:1], first_of(b).split(" ")[0:1]
    fa = strip(fa[0]) if fa else ""; fb = strip(fb[0]) if fb else ""
    first = lv.get("first name"); last = lv.get("surname"); addr = lv.get("address")
    em, ph, bd = lv.get("e-mail"), lv.get("phone"), lv.get("birth date")
    initials = bool(re.match(r"^[a-z]( [a-z])+ ", first_of(a) + " ")) or bool(re.match(r"^[a-z]( [a-z])+ ", first_of(b) + " "))
    if mistake == "missed":
        if why == "not proposed by blocking":
            k = "blocking: not proposed"
        elif first in ("different", "compatible", "similar") and ((fa, fb) in nick or (fb, fa) in nick or any((x, y) in nick for x in first_of(a).split() for y in first_of(b).split())):
            k = "first name a nickname (Will for Guillaume, Ira for Irina)"
        elif initials and first != "same":
            k = "first name as initials (J P for Jean-Pierre)"
        elif first == "different" or last == "different":
            k = "a name written otherwise (transliteration, typo on a short name, other script)"
        elif addr in ("different", "partly the same") and em != "same" and ph != "same":
            k = "moved, no shared e-mail or phone: a namesake elsewhere looks the same"
        elif em != "same" and ph != "same":
            k = "same name and address, nothing else shared or e-mail/phone differ (a parent and child of one name look the same)"
        else:
            k = "shares an e-mail or phone, still below the threshold"
    else:
        if first == "same" and last in ("same", "very similar") and bd != "different":
            k = "same full name, nothing telling them apart (namesakes at one address, or elsewhere)"
        elif bd == "same" and first != "same":
            k = "twins or relatives with one birth date (different first names)"
        elif em == "same" or ph == "same":
            k = "relatives sharing a family e-mail or a landline"
        else:
            k = "relatives at one address, other"
        k = k + (" [joined through others]" if why == "joined through other records" else "")
    counts[(mistake, k)] += n; weights[(mistake, k)] += n * w
    example.setdefault((mistake, k), line.rstrip("\n").split(" | ", 6)[-1][:260])
for (m, k), n in sorted(counts.items(), key=lambda x: (x[0][0], -x[1])):
    print(f"{m}\t{n}\t{weights[(m,k)]/n:.1f}\t{k}\t{example[(m,k)]}")
print("total", {m: sum(n for (mm, _), n in counts.items() if mm == m) for m in ("missed", "wrong")})
