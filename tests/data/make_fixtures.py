#!/usr/bin/env python3
"""Make the committed spreadsheet fixtures of tests/data (see README.md).

Run once from the repository root with a Python that has openpyxl, odfpy, xlwt and
msoffcrypto-tool:

    python3 -m venv /tmp/xlvenv
    /tmp/xlvenv/bin/pip install openpyxl odfpy xlwt msoffcrypto-tool
    /tmp/xlvenv/bin/python tests/data/make_fixtures.py

The output is deterministic except for the time stamps inside the zip and OLE
containers, so re-running changes the bytes but not the content.
"""
import datetime as dt
import io
import os
import struct
import zlib

import msoffcrypto
import openpyxl
import xlwt
from msoffcrypto.format.ooxml import OOXMLFile
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "bad")

TITLE = "Customer export 2025"
HEADER = ["Prénom", "Nom", "Courriel", "Téléphone", "Date de naissance", "Montant"]
ROWS = [
    ["Hélène", "Müller", "helene.muller@example.fr", "+33 6 12 34 56 78", dt.date(1985, 3, 12), 12.5],
    ["Jean", "Dupont", "jean.dupont@example.fr", "01 23 45 67 89", dt.date(1990, 12, 1), 12],
    ["Արամ", "Պետրոսյան", "aram@example.am", "+374 10 123456", dt.date(1978, 7, 4), 250.75],
    ["伟", "王", "wang.wei@example.cn", "13812345678", dt.date(2000, 1, 31), 1234],
    ["Zoë", "Ó Briain", "zoe@example.ie", "+353 86 123 4567", dt.datetime(1969, 7, 20, 20, 17, 40), 0.1],
]
NOTES = [["Note"], ["Imported from the till on 2025-03-12"]]


def make_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws["A1"] = TITLE
    for c, h in enumerate(HEADER, start=1):
        ws.cell(row=3, column=c, value=h)
    for r, row in enumerate(ROWS, start=4):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
    notes = wb.create_sheet("Notes")
    for r, row in enumerate(NOTES, start=1):
        for c, v in enumerate(row, start=1):
            notes.cell(row=r, column=c, value=v)
    wb.create_sheet("Empty")
    wb.save(path)


def make_ods(path):
    doc = OpenDocumentSpreadsheet()

    def text_cell(v):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=v))
        return cell

    def add_sheet(name, rows):
        table = Table(name=name)
        for row in rows:
            tr = TableRow()
            for v in row:
                if v is None:
                    tr.addElement(TableCell())
                elif isinstance(v, dt.datetime):
                    cell = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%dT%H:%M:%S"))
                    cell.addElement(P(text=v.strftime("%Y-%m-%d %H:%M:%S")))
                    tr.addElement(cell)
                elif isinstance(v, dt.date):
                    cell = TableCell(valuetype="date", datevalue=v.isoformat())
                    cell.addElement(P(text=v.isoformat()))
                    tr.addElement(cell)
                elif isinstance(v, (int, float)):
                    cell = TableCell(valuetype="float", value=str(v))
                    cell.addElement(P(text=str(v)))
                    tr.addElement(cell)
                else:
                    tr.addElement(text_cell(v))
            table.addElement(tr)
        doc.spreadsheet.addElement(table)

    add_sheet("Contacts", [[TITLE], [None]] + [HEADER] + ROWS)
    add_sheet("Notes", NOTES)
    doc.save(path)


def make_xls(path):
    wb = xlwt.Workbook(encoding="utf-8")
    wb.add_sheet("Feuil1")  # empty first sheet: the reader must skip it
    ws = wb.add_sheet("Contacts")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    datetime_style = xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM:SS")
    ws.write(0, 0, TITLE)
    for c, h in enumerate(HEADER):
        ws.write(2, c, h)
    for r, row in enumerate(ROWS, start=3):
        for c, v in enumerate(row):
            if isinstance(v, dt.datetime):
                ws.write(r, c, v, datetime_style)
            elif isinstance(v, dt.date):
                ws.write(r, c, dt.datetime(v.year, v.month, v.day), date_style)
            else:
                ws.write(r, c, v)
    wb.save(path)


def make_protected(src, path):
    with open(src, "rb") as f:
        plain = f.read()
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt("secret", out)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def png_1x1():
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1, 8-bit RGB
    idat = zlib.compress(b"\x00\xff\x00\x00")  # filter byte + one red pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def main():
    os.makedirs(BAD, exist_ok=True)
    xlsx = os.path.join(HERE, "contacts.xlsx")
    make_xlsx(xlsx)
    make_ods(os.path.join(HERE, "contacts.ods"))
    make_xls(os.path.join(HERE, "contacts.xls"))
    make_protected(xlsx, os.path.join(BAD, "protected.xlsx"))
    with open(xlsx, "rb") as f:
        data = f.read()
    with open(os.path.join(BAD, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(os.path.join(BAD, "fake.xlsx"), "w", encoding="utf-8", newline="") as f:
        f.write("first_name,last_name,email\nAnn,Lee,ann@example.com\n")
    with open(os.path.join(BAD, "empty.csv"), "wb"):
        pass
    with open(os.path.join(BAD, "header_only.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("first_name;last_name;email\r\n")
    with open(os.path.join(BAD, "image.csv"), "wb") as f:
        f.write(png_1x1())
    # Binary junk: a fixed pseudo-random byte sequence (linear congruential generator).
    state, junk = 12345, bytearray()
    for _ in range(384):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        junk.append((state >> 16) & 0xFF)
    with open(os.path.join(BAD, "junk.csv"), "wb") as f:
        f.write(bytes(junk))
    with open(os.path.join(BAD, "unterminated.csv"), "w", encoding="utf-8", newline="") as f:
        f.write('name,note,city\nAnn,"fine",Paris\nBob,"this quote is never closed,Lyon\nCleo,ok,Nice\n')


if __name__ == "__main__":
    main()
