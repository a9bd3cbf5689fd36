"""Data exchange with other event datasets: GTD-, ACLED- and UCDP GED-style exports, and
imports of UCDP GED and ACLED CSV files as reference events for comparison.

* :mod:`.export`: :func:`~.export.export_incidents` writes the store's incidents in any of
  :data:`~.export.EXPORT_FORMATS` (the three dataset shapes plus the store's own CSV, GeoJSON
  and Parquet from :mod:`eventwatch.export`);
* :mod:`.reference`: :func:`~.reference.import_reference` and :func:`~.reference.compare`;
* :mod:`.codes`: country codes shared by the formats.

Column lists are data (``GTD_COLUMNS``, ``ACLED_COLUMNS``, ``UCDP_COLUMNS``), documented in
``docs/exchange.md``.
"""
