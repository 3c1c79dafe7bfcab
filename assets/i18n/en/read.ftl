## Why a file cannot be read.

read-io = cannot read { $file }: { $reason }
read-empty = { $file } is empty: there is nothing to import
read-empty-sheet = { $file }: the sheet "{ $sheet }" is empty: choose another sheet
read-header-only = { $file } has a header but no rows
read-damage-not-the-format = its content does not follow the format
read-damage-plain-text = it contains plain text, not a workbook; if it is a CSV export, rename it to .csv and import it again
read-unterminated-quote = { $file }, row { $row }: a quoted value is never closed (a " is missing)
read-unknown-encoding = cannot read { $file } as "{ $label }": that is not a known text encoding; use one such as utf-8, windows-1252, iso-8859-15, windows-1251, koi8-r, gbk, gb18030, big5, utf-16le or utf-16be
read-too-wide = { $file }, row { $row }: more than { $max } columns (the most a spreadsheet has); the file may be damaged, or its delimiter is not the one detected
read-header-row-not-found = { $file } has no row { $row } or below it with anything in it: choose an earlier header row

read-not-a-table = { $file } is not a text or spreadsheet file (it looks like { $looks ->
    [png] a PNG image
    [jpeg] a JPEG image
    [gif] a GIF image
    [bmp] a BMP image
    [video-or-heic] a video or HEIC photo
    [pdf] a PDF document
    [program] a program
    [windows-program] a Windows program
    [gzip] a gzip archive
    [rar] a RAR archive
    [seven-z] a 7-Zip archive
    [zip] a ZIP archive
    [sqlite] an SQLite database
    [sound-or-video] a sound or video file
    [mp3] an MP3 sound file
    [rtf] a rich-text (RTF) document
    [html] a web page (HTML)
    [word] a Word document
    [powerpoint] a PowerPoint presentation
    [opendocument-text] an OpenDocument text or presentation
    [ebook] an e-book
   *[other] binary data
}): export the data from its program as CSV or Excel and import that file
read-unsupported = { $file } is { $what ->
    [xlsb] an Excel binary workbook (.xlsb)
   *[other] an Excel 2003 XML spreadsheet
}, which cannot be imported: open it in Excel, save it as an Excel workbook (.xlsx) and import that copy
read-damaged = { $file }: this file is damaged or incomplete (it may not have finished downloading), or it is not really { $kind ->
    [ods] an OpenDocument spreadsheet
   *[other] an Excel file
} (details: { $reason })
read-damage-reader = { $detail }
read-damage-ole = its { $part ->
    [sector-size] header (sector size)
    [sector-table] sector table
    [sector-chain-loops] sector table (a chain loops)
    [small-stream-table] small-stream table
    [small-stream-chain-loops] small-stream table (a chain loops)
   *[other] header
} is damaged
read-protected = { $file } is protected by a password: open it in { $kind ->
    [ods] LibreOffice Calc
   *[other] Excel
}, save it without a password and import that copy
read-sheet-not-found = { $file } has no sheet named "{ $sheet }": its sheets are { $count ->
    [0] none
   *[other] { $sheets }
}
read-not-a-file = { $file } is { $what ->
    [folder] a folder
   *[other] a pipe, a device or a socket
}, not a file: choose the file itself (save what a program sends into a file first)
read-too-large = { $file }: this file would take more than { $size } { $unit ->
    [gb] GB
   *[other] MB
} to read; it may be damaged or built to harm. It was not imported
