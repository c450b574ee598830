"""Readers as backends: one module per input format, each building the same ParsedDocument.

The PDF reader is pipeline/reader.py (it infers tables from rulings and alignment); docx.py and
xlsx.py read Word and Excel files, whose tables are stated (Page.tables), laid out on a virtual
page by canvas.py; xlsx_package.py takes merged ranges and formulas never calculated from the
sheet XML before openpyxl opens it, and xlsx_rules.py evaluates conditional formats to the fill
Excel draws. formats.py tells which backend a file needs from its content, the name only
where content cannot tell, and says what to do with formats none reads. locate.py names where
an extracted item sits in a Word or Excel source (Provenance.locator), since their pages are not
printed pages.
"""
