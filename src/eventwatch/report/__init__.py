"""Periodic security reports generated from the store (Markdown, self-contained HTML, PDF).

:func:`eventwatch.report.builder.build_report` computes a :class:`~.builder.Report`;
:func:`eventwatch.report.render.write_report` writes it.  Charts are drawn offline with
matplotlib (:mod:`.charts`); templates live in ``templates/``.
"""
