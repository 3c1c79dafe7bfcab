#!/usr/bin/env python3
"""Writes the made-up export fixtures of tests/import.rs (layouts from each system's public
documentation, small made-up people) and computes, independently of Clientele, what a shop
owner would count in every fixture here (the real-layout copies included): truth.json.

Run from this folder: python3 make_exports.py
"""
import csv, io, json
from decimal import Decimal as D

def money(s):
    s = s.replace("$", "").replace("€", "").replace("\u00a0", "").replace("\u202f", "").strip()
    neg = s.startswith("-")
    s = s.lstrip("-").replace(" ", "")
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    return -D(s) if neg else D(s)

truth = {}

# ---- Shopify orders (2021 header): multi-line orders, a partial refund, a full refund, a
# voided (cancelled) order and a pending one. Order-level columns on the first row only.
SHOPIFY = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name".split(",")
orders = [
    # name, email, billing name, status, created, shipping, taxes, refunded, cancelled, lines [(qty, product, price, line discount)]
    ("#1001", "anna@example.com", "Anna Ackermann", "paid", "2024-03-01 10:15:00 +0100", "5.00", "3.80", "", "", [(2, "Beeswax Candle", "12.50", "0.00"), (1, "Linen Tea Towel", "9.00", "1.00")]),
    ("#1002", "ben@example.org", "Ben Hansen", "paid", "2024-03-02 11:00:00 +0100", "0.00", "2.00", "", "", [(1, "Ceramic Mug", "20.00", "0.00")]),
    ("#1003", "anna@example.com", "Anna Ackermann", "partially_refunded", "2024-03-05 09:30:00 +0100", "4.50", "0.00", "10.00", "", [(1, "Honey Jar", "8.00", "0.00"), (3, "Soap Bar", "4.00", "0.00"), (1, "Gift Box", "15.00", "2.00")]),
    ("#1004", "chloe@example.fr", "Chloé Martin", "voided", "2024-03-06 14:00:00 +0100", "5.00", "0.00", "", "2024-03-06 15:00:00 +0100", [(1, "Beeswax Candle", "12.50", "0.00"), (1, "Ceramic Mug", "20.00", "0.00")]),
    ("#1005", "ben@example.org", "Ben Hansen", "refunded", "2024-03-07 16:45:00 +0100", "0.00", "0.00", "15.00", "", [(1, "Soap Bar", "15.00", "0.00")]),
    ("#1006", "dmitri@example.ru", "Dmitri Volkov", "pending", "2024-03-08 08:00:00 +0100", "0.00", "0.00", "", "", [(3, "Honey Jar", "4.00", "0.00")]),
]
rows = []
for (name, email, billing, status, created, ship, tax, refunded, cancelled, lines) in orders:
    subtotal = sum(q * D(p) - D(d) for q, _, p, d in lines)
    total = subtotal + D(ship) + D(tax)
    for i, (q, product, price, disc) in enumerate(lines):
        r = dict.fromkeys(SHOPIFY, "")
        r.update({"Name": name, "Lineitem quantity": str(q), "Lineitem name": product,
                  "Lineitem price": price, "Lineitem discount": disc, "Lineitem requires shipping": "true",
                  "Lineitem taxable": "true", "Lineitem fulfillment status": "pending"})
        if i == 0:
            r.update({"Email": email, "Financial Status": status, "Currency": "EUR",
                      "Subtotal": f"{subtotal:.2f}", "Shipping": ship, "Taxes": tax, "Total": f"{total:.2f}",
                      "Discount Amount": "0.00", "Created at": created, "Billing Name": billing,
                      "Billing Address1": "1 Rue Test", "Billing City": "Lyon", "Billing Zip": "69001",
                      "Billing Country": "FR", "Cancelled at": cancelled, "Refunded Amount": refunded,
                      "Payment Method": "Shopify Payments", "Id": str(5400000000000 + int(name[1:])),
                      "Source": "web", "Accepts Marketing": "yes"})
        rows.append(r)
with open("shopify_orders_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, SHOPIFY)
    w.writeheader()
    w.writerows(rows)
counted = [o for o in orders if o[3] in ("paid", "partially_refunded", "refunded")]
revenue = D(0)
for (name, email, billing, status, created, ship, tax, refunded, cancelled, lines) in counted:
    total = sum(q * D(p) - D(d) for q, _, p, d in lines) + D(ship) + D(tax)
    revenue += total - (D(refunded) if refunded else D(0))
aside = [o for o in orders if o not in counted]
truth["shopify_orders_export.csv"] = {
    "rows": len(rows),
    "customers": len({o[1] for o in counted}),
    "orders": len(counted),
    "revenue": str(revenue),
    "cancelled_orders": sum(1 for o in aside if o[3] == "voided"),
    "pending_orders": sum(1 for o in aside if o[3] == "pending"),
}

# ---- Stripe payments (unified export), amounts in units; failed and refunded payments listed.
STRIPE = ["id", "Description", "Seller Message", "Created (UTC)", "Amount", "Amount Refunded", "Currency", "Converted Amount", "Converted Amount Refunded", "Fee", "Tax", "Converted Currency", "Mode", "Status", "Statement Descriptor", "Customer ID", "Customer Description", "Customer Email", "Captured", "Card ID", "Card Last4", "Card Brand"]
pays = [
    ("ch_3Oa1", "2024-04-01 09:00:00", "120.00", "0.00", "Paid", "cus_A1", "Anna Ackermann", "anna@example.com"),
    ("ch_3Oa2", "2024-04-02 10:00:00", "80.50", "0.00", "Paid", "cus_B2", "Ben Hansen", "ben@example.org"),
    ("ch_3Oa3", "2024-04-03 11:00:00", "99.00", "0.00", "Failed", "cus_C3", "Chloé Martin", "chloe@example.fr"),
    ("ch_3Oa4", "2024-04-04 12:00:00", "45.00", "45.00", "Refunded", "cus_A1", "Anna Ackermann", "anna@example.com"),
    ("ch_3Oa5", "2024-04-05 13:00:00", "60.00", "15.00", "Paid", "cus_B2", "Ben Hansen", "ben@example.org"),
    ("ch_3Oa6", "2024-04-06 14:00:00", "30.00", "0.00", "Failed", "cus_D4", "Dmitri Volkov", "dmitri@example.ru"),
    ("ch_3Oa7", "2024-04-07 15:00:00", "25.25", "0.00", "Paid", "cus_E5", "Eva Novak", "eva@example.cz"),
]
with open("stripe_payments.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(STRIPE)
    for (i, created, amount, refunded, status, cus, desc, email) in pays:
        w.writerow([i, "Order", "Payment complete." if status != "Failed" else "Declined", created, amount, refunded, "eur", amount, refunded, "1.20", "0", "eur", "Live", status, "SHOP", cus, desc, email, "true", "card_1", "4242", "Visa"])
ok = [p for p in pays if p[4] != "Failed"]
truth["stripe_payments.csv"] = {
    "rows": len(pays),
    "customers": len({p[5] for p in ok}),
    "orders": len(ok),
    "revenue": str(sum(D(p[2]) - D(p[3]) for p in ok)),
    "failed_orders": len(pays) - len(ok),
}

# ---- Stripe charges as the API writes them: amounts in cents.
with open("stripe_charges_cents.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "amount", "amount_refunded", "currency", "created", "customer", "description", "status", "receipt_email"])
    cents = [("ch_1", 1250, 0, "succeeded", "cus_A1"), ("ch_2", 9900, 0, "succeeded", "cus_B2"), ("ch_3", 500, 0, "failed", "cus_B2"), ("ch_4", 4000, 1000, "succeeded", "cus_A1")]
    for (i, amount, refunded, status, cus) in cents:
        w.writerow([i, amount, refunded, "eur", "2024-05-0%s 10:00:00" % i[-1], cus, "Order", status, ""])
ok = [c for c in cents if c[3] != "failed"]
truth["stripe_charges_cents.csv"] = {
    "customers": len({c[4] for c in ok}),
    "revenue": str(D(sum(c[1] - c[2] for c in ok)) / 100),
}

# ---- Lightspeed (X-Series / Vend) sales history: a Sale row (customer, status, totals)
# followed by its Sale Line rows; one voided sale.
LS = ["Date", "Receipt Number", "Line Type", "Customer Code", "Customer Name", "Note", "Quantity", "Subtotal", "Sales Tax", "Discount", "Loyalty", "Total", "Paid", "Details", "Register", "User", "Status", "Sku"]
sales = [
    ("2024-06-01 10:00:00", "101", "C-001", "Anna Ackermann", "CLOSED", [(1, "Notebook", "12.00"), (2, "Pen", "3.00")]),
    ("2024-06-01 11:00:00", "102", "C-002", "Ben Hansen", "CLOSED", [(1, "Backpack", "45.00")]),
    ("2024-06-02 09:00:00", "103", "C-001", "Anna Ackermann", "VOIDED", [(1, "Lamp", "30.00")]),
    ("2024-06-03 15:30:00", "104", "C-003", "Chloé Martin", "CLOSED", [(3, "Card", "2.50"), (1, "Frame", "19.90")]),
]
with open("lightspeed_sales_history.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(LS)
    for (date, receipt, code, name, status, lines) in sales:
        total = sum(q * D(p) for q, _, p in lines)
        w.writerow([date, receipt, "Sale", code, name, "", sum(q for q, _, _ in lines), f"{total:.2f}", "0.00", "0.00", "0.00", f"{total:.2f}", f"{total:.2f}", "", "Main Register", "sam", status, ""])
        for (q, product, price) in lines:
            w.writerow([date, receipt, "Sale Line", "", "", "", q, f"{q * D(price):.2f}", "0.00", "0.00", "0.00", f"{q * D(price):.2f}", "", product, "Main Register", "sam", "", ""])
ok = [s for s in sales if s[4] == "CLOSED"]
truth["lightspeed_sales_history.csv"] = {
    "customers": len({s[2] for s in ok}),
    "orders": len(ok),
    "sale_lines": sum(len(s[5]) for s in ok),
    "revenue": str(sum(q * D(p) for s in ok for q, _, p in s[5])),
}

# ---- Zettle purchases: one row per purchase; a customer's e-mail only when given.
with open("zettle_purchases.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Date", "Time", "Receipt number", "Payment method", "Total", "VAT", "Staff", "Description", "Device", "Customer email"])
    zt = [("2024-07-01", "09:10", "1", "Card", "14.50", "2.42", "Lena", "Coffee, Cake", "iPad", "anna@example.com"),
          ("2024-07-01", "09:40", "2", "Cash", "3.20", "0.53", "Lena", "Coffee", "iPad", ""),
          ("2024-07-02", "12:00", "3", "Card", "22.00", "3.67", "Lena", "Lunch", "iPad", "ben@example.org"),
          ("2024-07-03", "16:20", "4", "Card", "7.80", "1.30", "Lena", "Tea, Cookie", "iPad", "anna@example.com")]
    w.writerows(zt)
named = [z for z in zt if z[9]]
truth["zettle_purchases.csv"] = {
    "customers": len({z[9] for z in named}),
    "revenue": str(sum(D(z[4]) for z in zt)),
    "sale_lines": len(zt),
    "walk_in": len(zt) - len(named),
}

# ---- Taobao orders report (GBK): one row per order; order numbers as ="…".
TB = ["订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态", "买家留言", "收货人姓名", "收货地址", "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类", "物流单号", "物流公司", "订单备注", "宝贝总数量", "店铺名称", "退款金额"]
tb = [
    ("1930679858001", "xiaoming88", "王小明", "13800138000", "2024-08-01 10:00:00", "交易成功", "99.00", "0", "连衣裙", 1),
    ("1930679858002", "lili_shop", "李丽", "13900139000", "2024-08-02 11:00:00", "卖家已发货，等待买家确认", "158.50", "0", "围巾 手套", 2),
    ("1930679858003", "xiaoming88", "王小明", "13800138000", "2024-08-03 12:00:00", "交易关闭", "45.00", "0", "帽子", 1),
    ("1930679858004", "zhang_wei", "张伟", "13700137000", "2024-08-04 13:00:00", "等待买家付款", "60.00", "0", "袜子", 3),
    ("1930679858005", "lili_shop", "李丽", "13900139000", "2024-08-05 14:00:00", "交易成功", "80.00", "20.00", "毛衣", 1),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(TB)
for (no, member, name, mobile, created, status, paid, refund, title, qty) in tb:
    r = dict.fromkeys(TB, "")
    r.update({"订单编号": '="%s"' % no, "买家会员名": member, "买家实际支付金额": paid, "总金额": paid,
              "订单状态": status, "收货人姓名": name, "收货地址": "浙江省 杭州市 西湖区 文三路 1号",
              "联系手机": "'" + mobile, "订单创建时间": created, "宝贝标题": title, "宝贝总数量": qty,
              "店铺名称": "小店", "退款金额": refund})
    w.writerow([r[c] for c in TB])
open("taobao_orders_gbk.csv", "wb").write(buf.getvalue().encode("gbk"))
ok = [t for t in tb if t[5] not in ("交易关闭", "等待买家付款")]
truth["taobao_orders_gbk.csv"] = {
    "customers": len({t[1] for t in ok}),
    "orders": len(ok),
    "revenue": str(sum(D(t[6]) - D(t[7]) for t in ok)),
    "first_order_ref": tb[0][0],
}

# ---- Google Contacts (Google CSV, 2024 header): " ::: " joins several values in a cell.
GC = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address"]
gc = [
    ("Anna", "Ackermann", "anna@example.com ::: anna.work@example.com", "+33 6 12 34 56 78 ::: +33 1 23 45 67 89", "1980-04-12", "Lyon", "69001"),
    ("Ben", "Hansen", "ben@example.org", "+45 20 12 34 56", "", "Aarhus", "8000"),
    ("Chloé", "Martin", "", "+33 6 98 76 54 32", "--05-17", "Nice", "06000"),
]
with open("google_contacts.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, GC)
    w.writeheader()
    for (first, last, emails, phones, birthday, city, zipc) in gc:
        r = dict.fromkeys(GC, "")
        r.update({"First Name": first, "Last Name": last, "E-mail 1 - Label": "* Home" if emails else "",
                  "E-mail 1 - Value": emails, "Phone 1 - Label": "Mobile", "Phone 1 - Value": phones,
                  "Birthday": birthday, "Address 1 - City": city, "Address 1 - Postal Code": zipc,
                  "Labels": "* myContacts"})
        w.writerow(r)
truth["google_contacts.csv"] = {
    "contacts": len(gc),
    "emails": {g[0]: g[2].split(" ::: ")[0] for g in gc if g[2]},
    "phones": {g[0]: g[3].split(" ::: ")[0] for g in gc},
}

# ---- WooCommerce with the Advanced Order Export plugin (header verbatim from the shared
# data's README): one row per line item, the order's totals repeated on every row.
WOO = "Order Number,Order Status,Order Date,Customer Note,First Name (Billing),Last Name (Billing),Company (Billing),Address 1&2 (Billing),City (Billing),State Code (Billing),Postcode (Billing),Country Code (Billing),Email (Billing),Phone (Billing),First Name (Shipping),Last Name (Shipping),Address 1&2 (Shipping),City (Shipping),State Code (Shipping),Postcode (Shipping),Country Code (Shipping),Item #,SKU,Name,Product Variation,Quantity,Quantity (- Refund),Item Cost,Order Line (w/o tax),Order Line Tax,Order Line Total,Order Line Total Refunded,Order Line Total (- Refund),Image URL,Coupon Code,Discount Amount,Discount Amount Tax,Payment Method Title,Coupons Used,Cart Discount Amount,Order Subtotal Amount,Order Tax Amount,Order Shipping Amount,Order Refund Amount,Order Total Amount,Order Total Tax Amount,Total items,Total products".split(",")
woo = [
    ("2001", "Completed", "2024-05-02 10:00", "Anna", "Ackermann", "anna@example.com", "4.90", [(2, "Beeswax Candle", "12.50"), (1, "Ceramic Mug", "20.00")]),
    ("2002", "Cancelled", "2024-05-03 11:00", "Ben", "Hansen", "ben@example.org", "0.00", [(1, "Linen Tea Towel", "15.00")]),
    ("2003", "Completed", "2024-05-04 12:00", "Ben", "Hansen", "ben@example.org", "0.00", [(3, "Soap Bar", "10.00")]),
]
with open("woocommerce_order_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, WOO)
    w.writeheader()
    for (no, status, date, first, last, email, ship, lines) in woo:
        subtotal = sum(q * D(p) for q, _, p in lines)
        for i, (q, product, price) in enumerate(lines, 1):
            r = dict.fromkeys(WOO, "")
            r.update({"Order Number": no, "Order Status": status, "Order Date": date,
                      "First Name (Billing)": first, "Last Name (Billing)": last, "Email (Billing)": email,
                      "City (Billing)": "Portland", "Country Code (Billing)": "US",
                      "Item #": str(i), "Name": product, "Quantity": str(q), "Quantity (- Refund)": str(q),
                      "Item Cost": price, "Order Line (w/o tax)": f"{q * D(price):.2f}", "Order Line Tax": "0.00",
                      "Order Line Total": f"{q * D(price):.2f}", "Order Line Total Refunded": "0.00",
                      "Order Line Total (- Refund)": f"{q * D(price):.2f}", "Payment Method Title": "Card",
                      "Order Subtotal Amount": f"{subtotal:.2f}", "Order Tax Amount": "0.00",
                      "Order Shipping Amount": ship, "Order Refund Amount": "0.00",
                      "Order Total Amount": f"{subtotal + D(ship):.2f}", "Order Total Tax Amount": "0.00",
                      "Total items": str(sum(q for q, _, _ in lines)), "Total products": str(len(lines))})
            w.writerow(r)
ok = [o for o in woo if o[1] == "Completed"]
truth["woocommerce_order_export.csv"] = {
    "customers": len({o[5] for o in ok}),
    "orders": len(ok),
    "revenue": str(sum(sum(q * D(p) for q, _, p in o[7]) + D(o[6]) for o in ok)),
}

# ---- PrestaShop orders (French back office): `ID` is the order's id, `Client` "J. DUPONT".
with open("prestashop_orders_fr.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["ID", "Référence", "Nouveau client", "Livraison", "Client", "Total", "Paiement", "État", "Date"])
    ps = [("1", "XKBKNABJK", "1", "J. DUPONT", "1234.50", "Carte bancaire", "Livré", "2024-03-01 10:00:00"),
          ("2", "OHSATSERP", "0", "J. DUPONT", "50.00", "Chèque", "Annulé", "2024-03-02 11:00:00"),
          ("3", "WKRQWLSKD", "1", "M. MARTIN", "99.90", "Carte bancaire", "Paiement accepté", "2024-03-03 12:00:00"),
          ("4", "QZPLMNBVC", "0", "J. DUPONT", "20.00", "Carte bancaire", "Livré", "2024-03-04 13:00:00")]
    for (i, ref, new, client, total, pay, state, date) in ps:
        euros, cents = total.split(".")
        shown = (f"{int(euros):,}".replace(",", "\u202f")) + "," + cents + "\u00a0€"
        w.writerow([i, ref, new, "France", client, shown, pay, state, date])
ok = [p for p in ps if p[6] != "Annulé"]
truth["prestashop_orders_fr.csv"] = {
    "customers": len({p[3] for p in ok}),
    "orders": len(ok),
    "revenue": str(sum(D(p[4]) for p in ok)),
    "cancelled_orders": len(ps) - len(ok),
}

# ---- The real layouts copied from ../shared/data/exports (see ATTRIBUTION.md).
def rows_of(name, enc="utf-8", delimiter=","):
    return list(csv.DictReader(open(name, encoding=enc, newline=""), delimiter=delimiter))

r = rows_of("woocommerce_analytics_orders_fr.csv")
ok = [x for x in r if x["État"] != "Cancelled"]
cancelled = [x for x in r if x["État"] == "Cancelled"]
truth["woocommerce_analytics_orders_fr.csv"] = {
    "customers": len({x["Client"] for x in ok}),
    "orders": len(ok),
    "revenue": str(sum(money(x["Ventes nettes"]) for x in ok)),
    "cancelled_orders": len(cancelled),
    "cancelled_amount": str(sum(money(x["Ventes nettes"]) for x in cancelled)),
}
r = rows_of("1c_roznica_prodazhi_cp1251.csv", "cp1251", ";")
named = [x for x in r if x["Покупатель"].strip()]
truth["1c_roznica_prodazhi_cp1251.csv"] = {
    "customers": len({x["Покупатель"] for x in named}),
    "revenue": str(sum(money(x["Сумма"]) for x in r)),
    "sale_lines": len(r),
    "walk_in": len(r) - len(named),
}
r = rows_of("square_transactions.csv")
named = [x for x in r if x["Customer ID"].strip()]
truth["square_transactions.csv"] = {
    "customers": len({x["Customer ID"] for x in named}),
    "revenue": str(sum(money(x["Net Sales"]) for x in r)),
    "sale_lines": len(r),
    "walk_in": len(r) - len(named),
}
r = rows_of("sumup_sales_report_de.csv")
truth["sumup_sales_report_de.csv"] = {
    "customers": 0,
    # Refunds (Erstattung) are negative rows: subtracted.
    "revenue": str(sum(money(x["Preis (brutto)"]) for x in r)),
    "sale_lines": len(r),
    "walk_in": len(r),
}
r = rows_of("shopify_customers_export.csv")
truth["shopify_customers_export.csv"] = {
    "contacts": len(r),
    "consent_yes": sum(1 for x in r if x["Accepts Email Marketing"] == "yes"),
    "first_id": r[0]["Customer ID"].lstrip("'"),
    "first_zip": r[0]["Default Address Zip"].lstrip("'"),
}
r = rows_of("prestashop_clients_fr.csv", delimiter=";")
truth["prestashop_clients_fr.csv"] = {"contacts": len(r), "birth_dates": 0}
r = rows_of("outlook_contacts_cp1252.csv", "cp1252")
truth["outlook_contacts_cp1252.csv"] = {
    "contacts": len(r),
    "birth_dates": sum(1 for x in r if x["Birthday"] not in ("", "0/0/00")),
    "emails": sum(1 for x in r if x["E-mail Address"]),
}
r = rows_of("mailchimp_subscribed_members_export.csv")
truth["mailchimp_subscribed_members_export.csv"] = {"contacts": len(r), "emails": sum(1 for x in r if x["Email Address"])}
r = rows_of("square_customers.csv")
truth["square_customers.csv"] = {
    "contacts": len(r),
    "consent_yes": sum(1 for x in r if x["Email Subscription Status"] == "Subscribed"),
    "consent_no": sum(1 for x in r if x["Email Subscription Status"] in ("Unsubscribed", "Not Subscribed")),
}
json.dump(truth, open("truth.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
print(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True))
