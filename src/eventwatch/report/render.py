"""Writes a :class:`~eventwatch.report.builder.Report` as Markdown, HTML and PDF.

* Markdown: ``STEM.md`` with its charts as PNG files (and SVG, when the report was built
  with them) in ``STEM_files/``;
* HTML: ``STEM.html``, self-contained: inline CSS, charts embedded as PNG data URIs, no
  scripts, no external links except the sources' own URLs;
* PDF: ``STEM.pdf``, printed from the HTML by a headless Chromium or, failing that,
  WeasyPrint, when one is installed (:func:`pdf_converter`); neither is a dependency.

Reads the templates in ``templates/``; writes only the files named above.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from eventwatch.errors import Errors, EventWatchError
from eventwatch.report.builder import Report

TEMPLATES = Path(__file__).parent / "templates"
FORMATS = ("md", "html", "pdf")
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _environment(autoescape: bool):  # type: ignore[no-untyped-def]
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             autoescape=autoescape, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["md"] = _md_cell
    env.filters["b64"] = lambda data: base64.b64encode(data).decode("ascii")
    return env


def _md_cell(value: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, assets: str) -> str:
    """Markdown text; chart images are referenced as ``assets/NAME.png``."""
    return str(_environment(False).get_template("report.md.j2").render(r=report, assets=assets))


def render_html(report: Report) -> str:
    """One self-contained HTML page."""
    return str(_environment(True).get_template("report.html.j2").render(r=report))


def pdf_converter() -> str | None:
    """``chromium`` (path of a headless-capable browser), ``weasyprint``, or None."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        return None
    return "weasyprint"


def html_to_pdf(html_path: Path, pdf_path: Path, converter: str) -> None:
    """Print ``html_path`` to ``pdf_path`` with the converter :func:`pdf_converter` found."""
    if converter == "weasyprint":
        import weasyprint

        weasyprint.HTML(filename=str(html_path)).write_pdf(str(pdf_path))
        return
    with tempfile.TemporaryDirectory(prefix="eventwatch-pdf-") as profile:
        # Offline and quiet: no first-run, sync, component updates or background requests.
        args = [converter, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                html_path.resolve().as_uri()]
        try:
            proc = subprocess.run(args, capture_output=True, text=True, timeout=120,
                                  check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise EventWatchError(Errors.E017, input=str(pdf_path),
                                  reason=f"{converter} failed: {exc}") from exc
    if proc.returncode != 0 or not pdf_path.exists():
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        raise EventWatchError(Errors.E017, input=str(pdf_path),
                              reason=f"{Path(converter).name} could not print the report "
                                     f"({tail[0]})")


def write_report(report: Report, stem: Path, formats: Sequence[str] = ("md", "html")
                 ) -> list[Path]:
    """Write the report as ``STEM.md`` (+ ``STEM_files/``), ``STEM.html``, ``STEM.pdf``.

    Returns the paths written.  ``pdf`` without a converter raises E017 saying what to
    install; the other formats are written first.
    """
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise EventWatchError(Errors.E017, input=f"format {bad[0]!r}",
                              reason=f"choose among {', '.join(FORMATS)}")
    stem.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "md" in formats:
        assets = stem.parent / f"{stem.name}_files"
        assets.mkdir(exist_ok=True)
        for chart in report.charts:
            (assets / f"{chart.name}.png").write_bytes(chart.png)
            if chart.svg is not None:
                (assets / f"{chart.name}.svg").write_bytes(chart.svg)
        path = stem.with_suffix(".md")
        path.write_text(render_markdown(report, assets.name), encoding="utf-8")
        written.append(path)
    html_path = stem.with_suffix(".html")
    if "html" in formats or "pdf" in formats:
        html_path.write_text(render_html(report), encoding="utf-8")
        if "html" in formats:
            written.append(html_path)
    if "pdf" in formats:
        converter = pdf_converter()
        if converter is None:
            raise EventWatchError(Errors.E017, input="--format pdf",
                                  reason="no PDF converter found: install Chromium "
                                         "(apt-get install chromium) or WeasyPrint "
                                         "(pip install weasyprint); Markdown and HTML were "
                                         "written")
        pdf_path = stem.with_suffix(".pdf")
        try:
            html_to_pdf(html_path, pdf_path, converter)
        finally:
            if "html" not in formats:
                html_path.unlink(missing_ok=True)
        written.append(pdf_path)
    return written
