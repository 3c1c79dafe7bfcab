# Times the Audit screen's three queries on an audit table of 100 000 lines (the SQL of
# src/store/privacy_reads.rs), through Python's sqlite3.
import sqlite3, time, json, random
c = sqlite3.connect(":memory:")
c.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}')")
kinds = ["import", "merge", "edit", "export", "consent", "erase", "campaign"]
random.seed(1)
c.executemany("INSERT INTO audit (at, action, detail) VALUES (?,?,?)",
  [("2026-01-01 10:00:00", random.choice(kinds), json.dumps({"contact_id": i, "field": "city", "old": "Lyon%d" % i, "new": "Paris"})) for i in range(100000)])
where = "(?1 = '' OR action = ?1) AND (?2 = '' OR action LIKE ?2 ESCAPE '\\' OR detail LIKE ?2 ESCAPE '\\')"
def t(sql, p):
    s = time.perf_counter(); r = c.execute(sql, p).fetchall(); return (time.perf_counter() - s) * 1000, len(r)
for name, p in [("all", ("", "")), ("kind", ("merge", "")), ("text", ("", "%Lyon9999%"))]:
    cnt = t(f"SELECT COUNT(*) FROM audit WHERE {where}", p)
    page = t(f"SELECT id, at, action, detail FROM audit WHERE {where} ORDER BY id DESC LIMIT 200 OFFSET 0", p)
    last = t(f"SELECT id, at, action, detail FROM audit WHERE {where} ORDER BY id DESC LIMIT 200 OFFSET 99800", p)
    kinds_t = t("SELECT DISTINCT action FROM audit ORDER BY action", ())
    print(f"{name}: count {cnt[0]:.1f} ms, first page {page[0]:.1f} ms, page at 99 800 {last[0]:.1f} ms, kinds {kinds_t[0]:.1f} ms")
