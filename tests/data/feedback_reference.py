"""Independent reference for the feedback figures and the term table, computed with pandas
(not with Clientele).

Made with:  python3 -m venv /tmp/fbvenv && /tmp/fbvenv/bin/pip install pandas jieba==0.42.1
            /tmp/fbvenv/bin/python tests/data/feedback_reference.py

Writes, beside itself:
- feedback_scores.csv: 300 pieces of synthetic feedback (seeded; columns id, customer_id,
  date, grp, scale, value, text), in four groups, one of them with fewer than 30 answers;
- feedback_groups_reference.csv: per group and overall ("*"): answers, NPS with its 95%
  interval (normal interval of the trinomial: Var = (p + d - (p - d)^2) / n, clipped to
  -100..100), CSAT (% of 4-5 among CSAT answers), average stars;
- feedback_terms_reference.csv: the term table over the texts (a term counts once per piece
  of feedback; words and two-word phrases of adjacent words; negative = NPS 0-6, stars/CSAT
  1-2; positive = NPS 9-10, stars/CSAT 4-5), log-odds with an informative Dirichlet prior
  of weight 100 (Monroe, Colaresi & Quinn 2008), ranked by z, then term; terms in at
  least 3 negative pieces and over-represented in negative feedback.
It also prints jieba's segmentation of the sentence the tokenizer test uses.
"""
import math
import os
import random

import jieba
import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
Z = 1.959963984540054
rng = random.Random(29)

# --- the fixture -----------------------------------------------------------------------
groups = [("north", 120), ("south", 90), ("east", 70), ("west", 20)]
negative_words = ["late", "broken", "refund", "rude", "waiting", "damaged"]
positive_words = ["lovely", "quick", "friendly", "quality", "perfect", "helpful"]
common_words = ["delivery", "parcel", "order", "shop", "staff", "price"]
rows = []
ident = 0
for grp, n in groups:
    for _ in range(n):
        ident += 1
        scale = rng.choices(["nps", "csat", "stars"], [0.6, 0.2, 0.2])[0]
        if scale == "nps":
            value = rng.choices(range(11), [3, 2, 2, 3, 3, 4, 5, 9, 12, 15, 14 if grp != "east" else 4])[0]
        else:
            value = rng.choices(range(1, 6), [2, 2, 3, 5, 6])[0]
        negative = (scale == "nps" and value <= 6) or (scale != "nps" and value <= 2)
        positive = (scale == "nps" and value >= 9) or (scale != "nps" and value >= 4)
        pool = negative_words if negative else positive_words if positive else common_words
        words = rng.sample(pool, 2) + rng.sample(common_words, 1) + rng.sample(negative_words + positive_words, 1)
        rng.shuffle(words)
        day = 1 + rng.randrange(28)
        month = 1 + rng.randrange(12)
        rows.append((ident, 1000 + ident, f"2024-{month:02d}-{day:02d}", grp, scale, value, " ".join(words)))
df = pd.DataFrame(rows, columns=["id", "customer_id", "date", "grp", "scale", "value", "text"])
df.to_csv(os.path.join(HERE, "feedback_scores.csv"), index=False)

# --- figures per group -----------------------------------------------------------------
def figures(part):
    nps = part[part.scale == "nps"]["value"]
    n = len(nps)
    p = (nps >= 9).sum() / n
    d = (nps <= 6).sum() / n
    score = p - d
    half = Z * math.sqrt((p + d - score**2) / n)
    csat = part[part.scale == "csat"]["value"]
    stars = part[part.scale == "stars"]["value"]
    return {
        "answers": len(part),
        "nps": 100 * score,
        "lo95": max(-100.0, 100 * (score - half)),
        "hi95": min(100.0, 100 * (score + half)),
        "promoters": int((nps >= 9).sum()),
        "passives": int(((nps >= 7) & (nps <= 8)).sum()),
        "detractors": int((nps <= 6).sum()),
        "csat": 100 * (csat >= 4).mean(),
        "stars": stars.mean(),
    }

out = [{"grp": "*", **figures(df)}]
for grp, part in df.groupby("grp"):
    out.append({"grp": grp, **figures(part)})
pd.DataFrame(out).to_csv(os.path.join(HERE, "feedback_groups_reference.csv"), index=False, float_format="%.10f")

# --- terms -----------------------------------------------------------------------------
neg = ((df.scale == "nps") & (df.value <= 6)) | ((df.scale != "nps") & (df.value <= 2))
pos = ((df.scale == "nps") & (df.value >= 9)) | ((df.scale != "nps") & (df.value >= 4))
records = []
for text, side in [(t, "neg") for t in df[neg].text] + [(t, "pos") for t in df[pos].text]:
    w = text.lower().split()
    for term in set(w) | {f"{a} {b}" for a, b in zip(w, w[1:])}:
        records.append((term, side))
counts = pd.DataFrame(records, columns=["term", "side"]).value_counts().unstack(fill_value=0)
y_n, y_p = counts["neg"].astype(float), counts["pos"].astype(float)
n_n, n_p = y_n.sum(), y_p.sum()
A0 = 100.0
alpha = A0 * (y_n + y_p) / (n_n + n_p)
delta = np.log((y_n + alpha) / (n_n + A0 - y_n - alpha)) - np.log((y_p + alpha) / (n_p + A0 - y_p - alpha))
z = delta / np.sqrt(1 / (y_n + alpha) + 1 / (y_p + alpha))
table = pd.DataFrame({"term": counts.index.to_numpy(), "negative_count": y_n.astype(int), "positive_count": y_p.astype(int), "log_odds": delta, "z": z}).reset_index(drop=True)
table = table[(table.negative_count >= 3) & (table.negative_count * n_p > table.positive_count * n_n)]
table = table.sort_values(["z", "term"], ascending=[False, True])
table.to_csv(os.path.join(HERE, "feedback_terms_reference.csv"), index=False, float_format="%.10f")

print("jieba", jieba.__version__, "/".join(jieba.lcut("快递太慢了")))
