"""Reports kit: official PDF documents (pdf.py), formatted Excel workbooks (excel.py) and the one
registry of report kinds (registry.py; the kinds live in kinds/)."""
