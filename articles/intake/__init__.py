"""The newsroom's intake in the admin: pasted text, uploaded files (.txt, .html, zips of them)
and web addresses, imported through the importer as `manage.py import_articles` imports files.

Pure Python, no Django: `html.py` (a news page's main text and metadata), `fetch.py` (a page
fetched safely by its address), `uploads.py` (uploaded files and zips). With Django:
`importing.py` (each way in through the importer), `forms.py` and `views.py` (the admin pages).
"""
