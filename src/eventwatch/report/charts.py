"""Report charts rendered offline with matplotlib's Agg canvas: PNG and SVG bytes in memory.

Uses :class:`matplotlib.figure.Figure` directly (no ``pyplot``): no global figure state, no
display, nothing downloaded.  Each function takes plain numbers and labels and returns a
:class:`Chart`; the map draws incident points over a silhouette made of the gazetteer's places
of the countries shown (no map tiles, no network).  Output is deterministic: the PNG and SVG
metadata that would carry a creation date or software version is left out.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

ACCENT = "#b03a2e"
MUTED = "#9aa5b1"
INK = "#1f2933"
SECOND = "#2f6f8f"


@dataclass(frozen=True, slots=True)
class Chart:
    """One rendered chart: ``name`` is a file-name stem, ``alt`` a text description."""

    name: str
    title: str
    alt: str
    png: bytes
    svg: bytes | None = None


@dataclass(frozen=True, slots=True)
class MapPoint:
    lat: float
    lon: float
    killed: int
    label: str


def _style(fig: Figure) -> None:
    for ax in fig.axes:
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
        ax.tick_params(colors=INK, labelsize=9)
        ax.title.set_color(INK)


def _figure(width: float, height: float) -> Figure:
    # The constrained layout fits labels inside the figure in one pass (``bbox_inches=
    # "tight"`` would draw every chart twice).
    return Figure(figsize=(width, height), layout="constrained")


def _render(fig: Figure, name: str, title: str, alt: str, svg: bool) -> Chart:
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=144, metadata={"Software": None})
    svg_bytes = None
    if svg:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        svg_bytes = buffer.getvalue()
    return Chart(name, title, alt, png.getvalue(), svg_bytes)


def trend_chart(labels: Sequence[str], incidents: Sequence[int], killed: Sequence[int],
                highlight: int | None, title: str, svg: bool = False,
                first_covered: int = 0) -> Chart:
    """Incidents per period as bars (``highlight`` marks the report's period) and killed as a
    line on a second axis; periods before ``first_covered`` (no records yet) are shaded."""
    fig = _figure(8.0, 3.2)
    ax = fig.add_subplot()
    x = list(range(len(labels)))
    if first_covered > 0:
        ax.axvspan(-0.5, first_covered - 0.5, color="#eef1f4", zorder=0)
        ax.text((first_covered - 1) / 2, 0.5, "no records yet", transform=ax.get_xaxis_transform(),
                ha="center", va="center", fontsize=8, color=MUTED)
    colours = [ACCENT if i == highlight else MUTED for i in x]
    ax.bar(x, incidents, color=colours, width=0.7, label="Incidents")
    ax.set_ylabel("Incidents", color=INK, fontsize=9)
    ax.set_xticks(x, labels, rotation=45, ha="right")
    ax.set_ylim(0, max([*incidents, 1]) * 1.2)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax2 = ax.twinx()
    ax2.plot(x[first_covered:], killed[first_covered:], color=SECOND, marker="o", markersize=3,
             linewidth=1.5, label="Killed")
    ax2.set_ylabel("Killed", color=SECOND, fontsize=9)
    ax2.set_ylim(0, max([*killed, 1]) * 1.2)
    ax2.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax2.tick_params(colors=SECOND, labelsize=9)
    ax2.spines["top"].set_visible(False)
    ax.set_title(title, fontsize=11, loc="left")
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(handles, ["Incidents", "Killed"], frameon=False, fontsize=8, loc="upper left")
    _style(fig)
    alt = "; ".join(f"{lab}: {_n(n, 'incident')}, {k} killed"
                    for lab, n, k in zip(labels, incidents, killed, strict=True))
    return _render(fig, "trend", title, f"{title}. {alt}.", svg)


def bar_chart(name: str, title: str, labels: Sequence[str], values: Sequence[int],
              xlabel: str, second: Sequence[int] | None = None,
              second_label: str = "", svg: bool = False) -> Chart:
    """Horizontal bars, largest on top; ``second`` adds a paired bar per label."""
    height = 0.6 + 0.38 * max(len(labels), 1)
    fig = _figure(5.2, min(height, 8.0))
    ax = fig.add_subplot()
    y = list(range(len(labels)))[::-1]
    if second is None:
        ax.barh(y, values, color=ACCENT, height=0.6)
    else:
        ax.barh([v + 0.18 for v in y], values, color=ACCENT, height=0.36, label=xlabel)
        ax.barh([v - 0.18 for v in y], second, color=SECOND, height=0.36, label=second_label)
        # Below the axis: inside it, the legend would cover the longest bar's value.
        ax.legend(frameon=False, fontsize=8, loc="upper center", ncol=2,
                  bbox_to_anchor=(0.5, -0.12 if len(labels) > 2 else -0.25))
    ax.set_yticks(y, [_clip(label, 42) for label in labels])
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(xlabel if second is None else "", fontsize=9, color=INK)
    ax.set_title(title, fontsize=11, loc="left")
    top = max([*values, *(second or []), 1])
    ax.set_xlim(0, top * 1.15)
    for yy, v in zip(y, values, strict=True):
        ax.text(v + top * 0.01, yy + (0.18 if second is not None else 0), str(v),
                va="center", fontsize=8, color=INK)
    if second is not None:
        for yy, v in zip(y, second, strict=True):
            ax.text(v + top * 0.01, yy - 0.18, str(v), va="center", fontsize=8, color=INK)
    _style(fig)
    if second is None:
        alt = "; ".join(f"{lab}: {v}" for lab, v in zip(labels, values, strict=True))
    else:
        alt = "; ".join(f"{lab}: {v} {_word(xlabel, v)}, {s} {_word(second_label, s)}"
                        for lab, v, s in zip(labels, values, second, strict=True))
    return _render(fig, name, title, f"{title}. {alt}.", svg)


def _word(label: str, n: int) -> str:
    """``Incidents`` -> ``incident`` for one; measure words (``killed``) stay."""
    word = label.lower()
    return word[:-1] if n == 1 and word.endswith("s") else word


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def map_chart(points: Sequence[MapPoint], background: Sequence[tuple[float, float]],
              regions: Sequence[tuple[str, float, float]], title: str,
              missing: int = 0, svg: bool = False) -> Chart:
    """Incidents as circles sized by the number killed, over the gazetteer's places (grey dots
    that outline the countries) and province names at their centres."""
    fig = _figure(7.0, 5.6)
    ax = fig.add_subplot()
    lats = [p.lat for p in points] + [b[0] for b in background]
    lons = [p.lon for p in points] + [b[1] for b in background]
    span = max(max(lats, default=0) - min(lats, default=0),
               max(lons, default=0) - min(lons, default=0), 1.0)
    placed: list[tuple[float, float]] = []

    def free(lat: float, lon: float, gap: float) -> bool:
        # Greedy label placement: skip a label too close to one already drawn.
        if any(abs(lat - a) < gap * 0.5 and abs(lon - b) < gap * 2.0 for a, b in placed):
            return False
        placed.append((lat, lon))
        return True

    if background:
        ax.scatter([b[1] for b in background], [b[0] for b in background], s=1.2,
                   color="#d5dbe1", linewidths=0, zorder=1)
    if points:
        sizes = [30 + 18 * math.sqrt(p.killed) for p in points]
        ax.scatter([p.lon for p in points], [p.lat for p in points], s=sizes, color=ACCENT,
                   alpha=0.65, edgecolors="white", linewidths=0.8, zorder=3)
        labelled: set[str] = set()
        for p in sorted(points, key=lambda p: -p.killed):
            if p.label in labelled or len(labelled) >= 10 or not free(p.lat, p.lon,
                                                                     span * 0.05):
                continue
            labelled.add(p.label)
            ax.annotate(p.label, (p.lon, p.lat), xytext=(6, 4), textcoords="offset points",
                        fontsize=8, color=INK, zorder=4)
    for name, lat, lon in regions:
        if free(lat, lon, span * 0.05):
            ax.text(lon, lat, name, fontsize=7.5, color="#7b8794", ha="center",
                    va="center", zorder=2, style="italic")
    if lats and lons:
        pad_lat = max((max(lats) - min(lats)) * 0.05, 0.5)
        pad_lon = max((max(lons) - min(lons)) * 0.05, 0.5)
        ax.set_xlim(min(lons) - pad_lon, max(lons) + pad_lon)
        ax.set_ylim(min(lats) - pad_lat, max(lats) + pad_lat)
        # Degrees of longitude shrink with latitude: keep distances true at the centre.
        mid = (min(lats) + max(lats)) / 2
        ax.set_aspect(1 / max(math.cos(math.radians(mid)), 0.2))
    ax.set_xlabel("Longitude", fontsize=8, color=MUTED)
    ax.set_ylabel("Latitude", fontsize=8, color=MUTED)
    ax.set_title(title, fontsize=11, loc="left")
    ax.grid(color="#eef1f4", linewidth=0.6, zorder=0)
    note = "Circle area grows with the number killed."
    if missing:
        note += f" {missing} incident{'s' if missing != 1 else ''} without coordinates not shown."
    ax.text(0.0, -0.1, note, transform=ax.transAxes, fontsize=7.5, color=MUTED, va="top")
    _style(fig)
    alt = "; ".join(f"{p.label} ({p.killed} killed)" for p in points) or "no incidents to show"
    return _render(fig, "map", title, f"{title}: {alt}.", svg)
