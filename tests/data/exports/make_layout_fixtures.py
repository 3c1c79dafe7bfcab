#!/usr/bin/env python3
"""Writes the fixtures of the layouts that had none (МойСклад counterparties, Odoo contacts,
Square item sales, WooCommerce Analytics orders in English) and, from the rows this script
itself made, what a shop owner would count in each: layouts_truth.json. Nothing here reads
Clientele's output. Made-up people; each layout as its vendor's documentation describes it
(see ../ATTRIBUTION.md).

Run from this folder: python3 make_layout_fixtures.py
"""
import csv, io, json
from decimal import Decimal as D

truth = {}

def write(name, header, rows, enc="utf-8", delimiter=",", crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(c, "") for c in header])
    open(name, "wb").write(buf.getvalue().encode(enc))

# ---- МойСклад, Контрагенты > Экспорт (Excel/CSV): cp1251, `;`. One column holds the whole
# name, family name first for people; companies have a full legal name; e-mails often empty;
# phones typed several ways.
MS = ["Группы", "Архивный", "Код", "Внешний код", "Наименование", "Полное наименование",
      "Тип контрагента", "Телефон", "Факс", "Email", "Фактический адрес", "Юридический адрес",
      "ИНН", "КПП", "Статус", "Комментарий"]
family = ["Смирнова", "Иванов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков",
          "Морозова", "Петров", "Волкова", "Соловьёв", "Васильева", "Зайцев", "Павлова", "Семёнов",
          "Голубева", "Виноградов", "Богданова", "Воробьёв", "Фёдорова", "Михайлов", "Белова",
          "Тарасов", "Белоусова", "Комаров", "Орлова", "Киселёв"]
given = ["Татьяна", "Сергей", "Ольга", "Андрей", "Мария", "Дмитрий", "Елена", "Алексей", "Анна",
         "Игорь", "Наталья", "Павел", "Ирина", "Михаил", "Светлана", "Николай", "Юлия", "Артём",
         "Ксения", "Владимир", "Дарья", "Роман", "Екатерина", "Олег", "Вера", "Максим", "Алёна",
         "Григорий"]
patronymic = ["Петровна", "Иванович", "Сергеевна", "Андреевич"]
phone_ways = ["+7 (912) 345-{:02d}-{:02d}", "8 912 345 {:02d} {:02d}", "8-912-345-{:02d}-{:02d}",
              "+7912345{:02d}{:02d}", "", "(343) 210-{:02d}-{:02d}"]
ms_rows, ms_people = [], []
for i, (f, g) in enumerate(zip(family, given)):
    code = f"{i + 1:05d}"
    name = f"{f} {g}" + (f" {patronymic[i % 4]}" if i % 3 == 0 else "")
    phone = phone_ways[i % len(phone_ways)].format(i, 90 - i)
    email = "" if i % 4 == 1 else f"client{i + 1}@example.ru"
    ms_rows.append({"Группы": "Покупатели", "Архивный": "нет", "Код": code, "Внешний код": f"ext-{code}",
                    "Наименование": name, "Тип контрагента": "Физическое лицо", "Телефон": phone,
                    "Email": email, "Фактический адрес": f"г. Екатеринбург, ул. Ленина, д. {i + 1}",
                    "Статус": "Новый"})
    # Family name first: the first word is the last name, the rest (with the patronymic) the first.
    ms_people.append({"external_ref": code, "family": f, "first": name.split(" ", 1)[1], "email": email or None,
                      "phone": phone or None, "company": None})
companies = [("ООО «Ромашка»", "Общество с ограниченной ответственностью «Ромашка»", "6670000001", "667001001"),
             ("ИП Кравцов А. В.", "Индивидуальный предприниматель Кравцов Антон Викторович", "667000000212", ""),
             ("АО «Уралтекстиль»", "Акционерное общество «Уралтекстиль»", "6670000003", "667001001"),
             ("ООО \"Пекарня №1\"", "Общество с ограниченной ответственностью \"Пекарня №1\"", "6670000004", "667001001"),
             ("Кафе «Берёзка»", "", "", "")]
for j, (short, full, inn, kpp) in enumerate(companies):
    code = f"{len(ms_rows) + 1:05d}"
    email = "" if j == 2 else f"office{j + 1}@example.ru"
    phone = ["+7 (343) 222-33-44", "89120001122", "", "+7 343 555 66 77", "8 (343) 300-10-20"][j]
    ms_rows.append({"Группы": "Юрлица", "Архивный": "нет", "Код": code, "Наименование": short,
                    "Полное наименование": full,
                    "Тип контрагента": "Юридическое лицо" if not short.startswith("ИП") else "Индивидуальный предприниматель",
                    "Телефон": phone, "Email": email, "ИНН": inn, "КПП": kpp,
                    "Фактический адрес": f"г. Екатеринбург, ул. Малышева, д. {j + 10}, оф. {j + 1}",
                    "Юридический адрес": f"620000, г. Екатеринбург, ул. Малышева, д. {j + 10}",
                    "Комментарий": "Оптовый покупатель; счёт по e-mail" if j == 0 else ""})
    # A company row (legal entity or sole trader, by `Тип контрагента`): its full name, or
    # its name when it has none, is the company, and no person's name is made of it.
    ms_people.append({"external_ref": code, "email": email or None, "phone": phone or None,
                      "company": full or short, "first": None, "family": None})
write("moysklad_counterparties_cp1251.csv", MS, ms_rows, enc="cp1251", delimiter=";", crlf=True)
truth["moysklad_counterparties_cp1251.csv"] = {
    "layout": "МойСклад counterparties",
    "encoding": "cp1251",
    "contacts": len(ms_rows),
    "emails": sum(1 for p in ms_people if p["email"]),
    "phones": sum(1 for p in ms_people if p["phone"]),
    "companies": sum(1 for p in ms_people if p["company"]),
    "birth_dates": 0,
    "people": ms_people,
}

# ---- Odoo 17, Contacts > select > Actions > Export (CSV, "I want to update data"): `id` the
# external id, `Created on` when the record was made (no birth date), `Phone` and `Mobile`
# both, companies are rows of their own (`Is a Company`), people name theirs in `Related
# Company`; zips kept as text ("01000"); languages and countries as Odoo names them.
ODOO = ["id", "Name", "Is a Company", "Related Company", "Company Name", "Job Position", "Email",
        "Phone", "Mobile", "Street", "Street2", "City", "Zip", "State", "Country", "Language",
        "Tags", "Created on"]
od_people_src = [
    ("Anne Lefèvre", "Atelier Lefèvre", "anne@atelier-lefevre.example", "+33 4 72 00 11 22", "", "12 rue Mercière", "", "Lyon", "69002", "", "France", "French / Français"),
    ("Bruno Marchal", "", "bruno.marchal@example.fr", "", "06 12 34 56 78", "3 place Bellecour", "Bâtiment B", "Lyon", "69002", "", "France", "French / Français"),
    ("Claire Dubois", "Atelier Lefèvre", "", "04 72 00 11 23", "+33 6 98 76 54 32", "12 rue Mercière", "", "Lyon", "69002", "", "France", "French / Français"),
    ("David Janssens", "", "david.janssens@example.be", "+32 2 123 45 67", "", "Rue Neuve 5", "", "Bruxelles", "1000", "", "Belgium", "French (BE) / Français (BE)"),
    ("Eva Novak", "", "eva.novak@example.cz", "", "", "Národní 10", "", "Praha", "11000", "", "Czech Republic", "English (US)"),
    ("Farid Haddad", "Boulangerie du Port", "farid@boulangerie-port.example", "+33 (0)4 91 00 00 01", "", "2 quai du Port", "", "Marseille", "13002", "Provence-Alpes-Côte d'Azur (FR)", "France", "French / Français"),
    ("Greta Olsen", "", "greta@example.no", "+47 22 33 44 55", "+47 912 34 567", "Karl Johans gate 1", "", "Oslo", "0154", "", "Norway", "English (US)"),
    ("Hugo Zhou", "", "", "", "", "", "", "Paris", "75003", "Île-de-France (FR)", "France", "French / Français"),
    ("Inès Moreau", "", "ines.moreau@example.fr", "0145678910", "", "8 rue des Rosiers", "Appartement 4", "Paris", "75004", "Île-de-France (FR)", "France", "French / Français"),
    ("Jonas Weber", "Weber & Söhne GmbH", "j.weber@weber-soehne.example", "+49 30 1234567", "+49 171 2345678", "Hauptstraße 7", "", "Berlin", "10115", "", "Germany", "German / Deutsch"),
    ("Karin Müller", "Weber & Söhne GmbH", "k.mueller@weber-soehne.example", "+49 30 1234568", "", "Hauptstraße 7", "", "Berlin", "10115", "", "Germany", "German / Deutsch"),
    ("Luca Rossi", "", "luca.rossi@example.it", "", "+39 333 123 4567", "Via Roma 1", "", "Torino", "10121", "", "Italy", "Italian / Italiano"),
    ("Marta García", "", "marta@example.es", "+34 91 123 45 67", "", "Calle Mayor 3", "2º B", "Madrid", "28013", "", "Spain", "Spanish / Español"),
    ("Nils Berg", "", "", "+46 8 123 456 78", "", "Drottninggatan 2", "", "Stockholm", "111 51", "", "Sweden", "English (US)"),
    ("Olivia Brown", "", "olivia.brown@example.com", "(212) 555-0147", "", "350 5th Ave", "Suite 12", "New York", "10118", "New York (US)", "United States", "English (US)"),
    ("Pierre Garnier", "", "pierre.garnier@example.fr", "", "", "1 avenue Jean Médecin", "", "Nice", "06000", "Provence-Alpes-Côte d'Azur (FR)", "France", "French / Français"),
    ("Quentin Faure", "", "quentin.faure@example.fr", "+33 5 56 00 00 02", "", "4 cours de l'Intendance", "", "Bordeaux", "33000", "", "France", "French / Français"),
    ("Rosa Silva", "", "rosa.silva@example.pt", "", "+351 912 345 678", "Rua Augusta 100", "", "Lisboa", "1100-053", "", "Portugal", "Portuguese / Português"),
    ("Sofia Costa", "", "", "", "+351 913 000 111", "", "", "Porto", "4000-001", "", "Portugal", "Portuguese / Português"),
    ("Tomás Novák", "", "tomas@example.cz", "+420 601 234 567", "", "Václavské nám. 1", "", "Praha", "11000", "", "Czech Republic", "English (US)"),
    ("Ulla Schmidt", "", "ulla.schmidt@example.de", "030 98765432", "", "Unter den Linden 1", "", "Berlin", "10117", "", "Germany", "German / Deutsch"),
    ("Victor Lambert", "", "victor.lambert@example.fr", "", "07 11 22 33 44", "9 rue Nationale", "", "Lille", "59000", "", "France", "French / Français"),
    ("Wiebke Jansen", "", "wiebke@example.nl", "+31 20 123 4567", "", "Damrak 1", "", "Amsterdam", "1012 LG", "", "Netherlands", "Dutch / Nederlands"),
    ("Yasmine Benali", "", "yasmine.benali@example.fr", "09 70 00 00 03", "06 70 00 00 03", "5 rue Sainte-Catherine", "", "Bordeaux", "33000", "", "France", "French / Français"),
    ("Åsa Lind", "", "asa.lind@example.se", "+46 70 123 45 67", "", "Storgatan 3", "", "Uppsala", "753 20", "", "Sweden", "English (US)"),
    ("Bernard Roux", "", "", "", "", "", "", "Nantes", "44000", "", "France", "French / Français"),
    ("Zoé Petit", "Boulangerie du Port", "zoe@boulangerie-port.example", "", "", "2 quai du Port", "", "Marseille", "13002", "Provence-Alpes-Côte d'Azur (FR)", "France", "French / Français"),
]
od_companies = [
    ("Atelier Lefèvre", "contact@atelier-lefevre.example", "+33 4 72 00 11 00", "12 rue Mercière", "Lyon", "69002", "France"),
    ("Boulangerie du Port", "", "04 91 00 00 00", "2 quai du Port", "Marseille", "13002", "France"),
    ("Weber & Söhne GmbH", "info@weber-soehne.example", "+49 30 1234560", "Hauptstraße 7", "Berlin", "10115", "Germany"),
]
od_rows, od_truth = [], []
n = 0
for (name, email, phone, street, city, zipc, country) in od_companies:
    n += 1
    od_rows.append({"id": f"__export__.res_partner_{n + 40}_{n:04x}a1b2", "Name": name, "Is a Company": "True",
                    "Email": email, "Phone": phone, "Street": street, "City": city, "Zip": zipc,
                    "Country": country, "Language": "French / Français" if country == "France" else "German / Deutsch",
                    "Tags": "Wholesale", "Created on": f"2023-0{n}-1{n} 09:1{n}:00"})
    # A company row (`Is a Company`): its name is the company, no person's name.
    od_truth.append({"external_ref": od_rows[-1]["id"], "email": email or None, "phone": phone or None,
                     "postcode": zipc, "street2": None, "is_company": True,
                     "company": name, "first": None, "last": None})
for (name, related, email, phone, mobile, street, street2, city, zipc, state, country, lang) in od_people_src:
    n += 1
    first, last = name.split(" ", 1)
    od_rows.append({"id": f"__export__.res_partner_{n + 40}_{n:04x}c3d4", "Name": name, "Is a Company": "False",
                    "Related Company": related, "Job Position": "Gérante" if related and n % 2 else "",
                    "Email": email, "Phone": phone, "Mobile": mobile, "Street": street, "Street2": street2,
                    "City": city, "Zip": zipc, "State": state, "Country": country, "Language": lang,
                    "Tags": "VIP" if n % 5 == 0 else "", "Created on": f"2024-{(n % 12) + 1:02d}-{(n % 27) + 1:02d} {n % 24:02d}:{n % 60:02d}:07"})
    od_truth.append({"external_ref": od_rows[-1]["id"], "first": first, "last": last, "email": email or None,
                     # Phone first, Mobile when no phone: the profile lists them in that order.
                     "phone": (phone or mobile) or None, "postcode": zipc, "street2": street2 or None,
                     "company": related or None, "is_company": False})
write("odoo_contacts.csv", ODOO, od_rows)
truth["odoo_contacts.csv"] = {
    "layout": "Odoo contacts",
    "contacts": len(od_rows),
    "emails": sum(1 for p in od_truth if p["email"]),
    "phones": sum(1 for p in od_truth if p["phone"]),
    "birth_dates": 0,
    "people": od_truth,
}

# ---- Square Dashboard, Items > Item sales > Export (item detail): one row per item line,
# money as "$1,234.50" and "($4.00)"-free negatives ("-$4.00") on refunds, a refund row with
# Event Type "Refund" and negative quantity, walk-in lines with no Customer ID.
SQ = ["Date", "Time", "Time Zone", "Category", "Item", "Qty", "Price Point Name", "SKU",
      "Modifiers Applied", "Gross Sales", "Discounts", "Net Sales", "Tax", "Transaction ID",
      "Payment ID", "Device Name", "Notes", "Details", "Event Type", "Location", "Dining Option",
      "Customer ID", "Customer Name", "Customer Reference ID", "Unit", "Count", "Itemization Type",
      "Fulfillment Note", "Channel", "Token", "Card Brand", "PAN Suffix"]
def usd(x):
    s = f"${abs(x):,.2f}"
    return "-" + s if x < 0 else s
catalogue = [("Coffee", "Latte", "Regular", D("4.50")), ("Coffee", "Espresso", "Single", D("2.75")),
             ("Bakery", "Croissant", "Regular", D("3.25")), ("Bakery", "Sourdough Loaf", "Large", D("8.00")),
             ("Retail", "Coffee Beans 1 lb", "Regular", D("16.00")), ("Retail", "Mug", "Regular", D("12.00"))]
customers = {"C1": "Lena Berg", "C2": "Marcus Lee", "C3": "Priya Shah", "C4": "Tom O'Neil", "C5": "Ana Ruiz"}
# transaction: (date, time, customer id or "", [(catalogue index, qty, discount)], event)
txs = [
    ("2024-10-01", "07:45:12", "C1", [(0, 1, "0"), (2, 2, "0")], "Payment"),
    ("2024-10-01", "08:02:40", "", [(1, 1, "0")], "Payment"),
    ("2024-10-01", "08:30:05", "C2", [(4, 1, "1.60"), (5, 2, "0")], "Payment"),
    ("2024-10-01", "09:11:59", "", [(0, 2, "0"), (2, 1, "0")], "Payment"),
    ("2024-10-02", "07:50:00", "C3", [(3, 1, "0")], "Payment"),
    ("2024-10-02", "10:20:31", "C1", [(0, 1, "0"), (1, 1, "0"), (2, 1, "0")], "Payment"),
    ("2024-10-02", "12:05:44", "", [(5, 1, "0")], "Payment"),
    ("2024-10-03", "08:15:00", "C4", [(4, 2, "0"), (0, 1, "0.45")], "Payment"),
    ("2024-10-03", "09:00:00", "C2", [(5, -1, "0")], "Refund"),
    ("2024-10-03", "14:40:10", "", [(3, 1, "0"), (2, 3, "0")], "Payment"),
    ("2024-10-04", "07:31:00", "C5", [(0, 1, "0")], "Payment"),
    ("2024-10-04", "07:55:27", "", [(1, 2, "0")], "Payment"),
    ("2024-10-04", "16:10:00", "C3", [(4, 1, "0"), (5, 1, "0"), (3, 1, "0")], "Payment"),
    ("2024-10-05", "09:09:09", "C1", [(2, 4, "1.30")], "Payment"),
    ("2024-10-05", "11:11:11", "", [(0, 1, "0"), (1, 1, "0")], "Payment"),
    ("2024-10-05", "15:45:00", "C5", [(3, 2, "0"), (4, 1, "0")], "Payment"),
    ("2024-10-06", "08:00:01", "", [(0, 3, "0")], "Payment"),
    ("2024-10-06", "10:30:00", "C4", [(0, -1, "-0.45")], "Refund"),
    ("2024-10-07", "08:12:00", "", [(2, 1, "0"), (0, 1, "0")], "Payment"),
    ("2024-10-07", "09:30:00", "C2", [(4, 1, "0"), (1, 2, "0")], "Payment"),
]
sq_rows, sq_lines = [], []
for t, (date, time, cus, lines, event) in enumerate(txs, 1):
    tx = f"TXN{t:03d}Qm8aZ{t * 7919 % 10000:04d}"
    for (k, qty, disc) in lines:
        cat, item, point, price = catalogue[k]
        gross = price * qty
        net = gross - D(disc)
        sq_rows.append({"Date": date, "Time": time, "Time Zone": "Pacific Time (US & Canada)", "Category": cat,
                        "Item": item, "Qty": str(qty), "Price Point Name": point, "SKU": f"SKU-{k + 1:03d}",
                        "Gross Sales": usd(gross), "Discounts": usd(-D(disc)), "Net Sales": usd(net),
                        "Tax": usd((net * D("0.0925")).quantize(D("0.01"))), "Transaction ID": tx,
                        "Payment ID": f"PAY{t:03d}x", "Device Name": "Counter iPad",
                        "Details": f"https://app.squareup.com/dashboard/sales/transactions/{tx}",
                        "Event Type": event, "Location": "Main Street Café", "Dining Option": "For Here",
                        "Customer ID": f"CUST{cus}9X2K" if cus else "", "Customer Name": customers.get(cus, ""),
                        "Unit": "", "Count": "", "Itemization Type": "Physical Item", "Channel": "Point of Sale",
                        "Card Brand": "Visa" if t % 2 else "", "PAN Suffix": "4242" if t % 2 else ""})
        sq_lines.append((tx, cus, net))
write("square_item_sales.csv", SQ, sq_rows)
named = [l for l in sq_lines if l[1]]
truth["square_item_sales.csv"] = {
    "layout": "Square item sales",
    "rows": len(sq_rows),
    "sale_lines": len(sq_lines),
    "customers": len({l[1] for l in named}),
    "walk_in": len(sq_lines) - len(named),
    "walk_in_cents": int(sum(l[2] for l in sq_lines if not l[1]) * 100),
    "revenue": str(sum(l[2] for l in sq_lines)),
    "orders": len({l[0] for l in sq_lines}),
}

# ---- WooCommerce Analytics > Orders > Download, English admin: one row per order;
# products as "Name x qty" joined by ", "; statuses as the admin shows them.
WC = ["Date", "Order #", "Status", "Customer", "Customer type", "Product(s)", "Items sold", "Coupon(s)",
      "Net Sales", "Attribution"]
shop = {"Beeswax Candle": D("12.50"), "Ceramic Mug": D("18.00"), "Linen Tea Towel": D("9.50"),
        "Olive Soap": D("6.00"), "Wool Throw": D("64.00"), "Honey Jar": D("8.75")}
names = ["Anna Ackermann", "Ben Hansen", "Chloé Martin", "Dmitri Volkov", "Eva Novak", "Farah Khan",
         "George Li", "Hana Sato", "Ivan Petrov", "Julia Nowak", "Kofi Mensah", "Laura Rossi"]
statuses = ["Completed"] * 20 + ["Processing"] * 6 + ["Refunded"] * 2 + ["Cancelled"] * 2 + \
           ["Failed"] * 1 + ["Pending payment"] * 2 + ["On hold"] * 1
# a fixed shuffle so statuses and customers mix
order = [(i * 11) % len(statuses) for i in range(len(statuses))]
wc_rows, wc_orders = [], []
products = list(shop)
for n_, i in enumerate(order):
    status = statuses[i]
    no = 3100 + n_
    cust = names[(n_ * 5) % len(names)]
    lines = [(products[(n_ + j) % len(products)], 1 + (n_ + j) % 3) for j in range(1 + n_ % 3)]
    coupon = "WELCOME10" if n_ % 7 == 3 else ""
    net = sum(shop[p] * q for p, q in lines)
    if coupon:
        net = (net * D("0.9")).quantize(D("0.01"))
    wc_rows.append({"Date": f"2024-11-{1 + n_ // 2:02d} {9 + n_ % 9:02d}:{(n_ * 7) % 60:02d}:00",
                    "Order #": str(no), "Status": status, "Customer": cust,
                    "Customer type": "New" if names.index(cust) * 3 > n_ else "Returning",
                    "Product(s)": ", ".join(f"{p} x {q}" for p, q in lines),
                    "Items sold": str(sum(q for _, q in lines)), "Coupon(s)": coupon,
                    "Net Sales": f"{net:.2f}", "Attribution": ["Direct", "Organic: Google", "Referral: instagram.com", "Unknown"][n_ % 4]})
    wc_orders.append((str(no), status, cust, net))
HELD = {"Pending payment": "pending", "On hold": "pending", "Cancelled": "cancelled", "Failed": "failed"}
paid = [o for o in wc_orders if o[1] in ("Completed", "Processing")]
refunded = [o for o in wc_orders if o[1] == "Refunded"]
held = [o for o in wc_orders if o[1] not in ("Completed", "Processing", "Refunded")]
write("woocommerce_analytics_orders_en.csv", WC, wc_rows)
truth["woocommerce_analytics_orders_en.csv"] = {
    "layout": "WooCommerce orders",
    "rows": len(wc_rows),
    # A refunded order was sold, then its money went back: counted, worth nothing.
    "orders": len(paid) + len(refunded),
    "customers": len({o[2] for o in paid + refunded}),
    "revenue": str(sum(o[3] for o in paid)),
    # Not counted, kept: not paid yet (pending, on hold), cancelled, failed.
    "held": {c: {"orders": len(os), "cents": int(sum(o[3] for o in os) * 100)}
             for c, os in ((c, [o for o in held if HELD[o[1]] == c]) for c in ("cancelled", "failed", "pending"))},
}

json.dump(truth, open("layouts_truth.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "people"} for k, v in truth.items()}, ensure_ascii=False, indent=1))
