"""Readers as backends: one module per input format, each building the same ParsedDocument.

The PDF reader is pipeline/reader.py (it infers tables from rulings and alignment); docx.py and
xlsx.py read Word and Excel files, whose tables are stated (Page.tables). formats.py tells which
backend a file needs from its content, the name only where content cannot tell.
"""
