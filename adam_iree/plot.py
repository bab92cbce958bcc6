"""A small line chart written as a PNG with NumPy and zlib only (no plotting dependency).

Enough for a loss curve or a benchmark plot: lines, axes, grid, numeric tick labels, a legend and a
vertical marker, drawn with a 3x5 pixel font scaled up.
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path
from typing import Sequence

import numpy as np

from .fileio import atomic_write

# 3x5 capitals (rows top to bottom, '#' = ink); lower case prints as capitals.
_GLYPHS = {
    '0': ('###', '# #', '# #', '# #', '###'), '1': (' # ', '## ', ' # ', ' # ', '###'),
    '2': ('###', '  #', '###', '#  ', '###'), '3': ('###', '  #', ' ##', '  #', '###'),
    '4': ('# #', '# #', '###', '  #', '  #'), '5': ('###', '#  ', '###', '  #', '###'),
    '6': ('###', '#  ', '###', '# #', '###'), '7': ('###', '  #', '  #', ' # ', ' # '),
    '8': ('###', '# #', '###', '# #', '###'), '9': ('###', '# #', '###', '  #', '###'),
    '.': ('   ', '   ', '   ', '   ', ' # '), '-': ('   ', '   ', '###', '   ', '   '),
    '+': ('   ', ' # ', '###', ' # ', '   '), ':': ('   ', ' # ', '   ', ' # ', '   '),
    '/': ('  #', '  #', ' # ', '#  ', '#  '), '%': ('# #', '  #', ' # ', '#  ', '# #'),
    '(': (' # ', '#  ', '#  ', '#  ', ' # '), ')': (' # ', '  #', '  #', '  #', ' # '),
    '=': ('   ', '###', '   ', '###', '   '), '_': ('   ', '   ', '   ', '   ', '###'),
    ',': ('   ', '   ', '   ', ' # ', '#  '), 'a': (' # ', '# #', '###', '# #', '# #'),
    'b': ('## ', '# #', '## ', '# #', '## '), 'c': (' ##', '#  ', '#  ', '#  ', ' ##'),
    'd': ('## ', '# #', '# #', '# #', '## '), 'e': ('###', '#  ', '## ', '#  ', '###'),
    'f': ('###', '#  ', '## ', '#  ', '#  '), 'g': (' ##', '#  ', '# #', '# #', ' ##'),
    'h': ('# #', '# #', '###', '# #', '# #'), 'i': ('###', ' # ', ' # ', ' # ', '###'),
    'j': ('  #', '  #', '  #', '# #', ' # '), 'k': ('# #', '# #', '## ', '# #', '# #'),
    'l': ('#  ', '#  ', '#  ', '#  ', '###'), 'm': ('# #', '###', '###', '# #', '# #'),
    'n': ('## ', '# #', '# #', '# #', '# #'), 'o': (' # ', '# #', '# #', '# #', ' # '),
    'p': ('## ', '# #', '## ', '#  ', '#  '), 'q': (' # ', '# #', '# #', '## ', ' ##'),
    'r': ('## ', '# #', '## ', '# #', '# #'), 's': (' ##', '#  ', ' # ', '  #', '## '),
    't': ('###', ' # ', ' # ', ' # ', ' # '), 'u': ('# #', '# #', '# #', '# #', '###'),
    'v': ('# #', '# #', '# #', '# #', ' # '), 'w': ('# #', '# #', '###', '###', '# #'),
    'x': ('# #', '# #', ' # ', '# #', '# #'), 'y': ('# #', '# #', ' # ', ' # ', ' # '),
    'z': ('###', '  #', ' # ', '#  ', '###'), ' ': ('   ', '   ', '   ', '   ', '   '),
}
PALETTE = [(31, 119, 180), (214, 39, 40), (44, 160, 44), (148, 103, 189), (255, 127, 14), (140, 86, 75),
           (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]


def _glyph(ch: str) -> np.ndarray:
    rows = _GLYPHS.get(ch, _GLYPHS.get(ch.lower(), _GLYPHS[" "]))
    return np.array([[c == "#" for c in row] for row in rows], dtype=bool)


class Canvas:
    """An RGB image with the few drawing operations a chart needs."""

    def __init__(self, width: int, height: int):
        self.pixels = np.full((height, width, 3), 255, np.uint8)

    def text(self, x: int, y: int, s: str, color=(0, 0, 0), scale: int = 2, anchor: str = "left") -> None:
        w = len(s) * 4 * scale
        x = x - w if anchor == "right" else x - w // 2 if anchor == "center" else x
        for i, ch in enumerate(s):
            g = np.kron(_glyph(ch), np.ones((scale, scale), bool))
            x0 = x + i * 4 * scale
            region = self.pixels[y : y + g.shape[0], x0 : x0 + g.shape[1]]
            g = g[: region.shape[0], : region.shape[1]]
            region[g] = color

    def line(self, x0: float, y0: float, x1: float, y1: float, color, width: int = 1) -> None:
        n = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        xs = np.rint(np.linspace(x0, x1, n)).astype(int)
        ys = np.rint(np.linspace(y0, y1, n)).astype(int)
        h, w, _ = self.pixels.shape
        for dx in range(width):
            for dy in range(width):
                xx, yy = xs + dx - width // 2, ys + dy - width // 2
                ok = (xx >= 0) & (xx < w) & (yy >= 0) & (yy < h)
                self.pixels[yy[ok], xx[ok]] = color

    def png(self) -> bytes:
        h, w, _ = self.pixels.shape
        raw = b"".join(b"\x00" + self.pixels[r].tobytes() for r in range(h))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if not hi > lo:
        hi = lo + 1.0
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    start = math.ceil(lo / step) * step
    return [start + i * step for i in range(int((hi - start) / step + 1e-9) + 1)]


def _label(v: float) -> str:
    if v != 0 and (abs(v) >= 1e5 or abs(v) < 1e-3):
        return f"{v:.0e}".replace("e-0", "e-").replace("e+0", "e")
    return f"{v:.4g}"


def line_chart(series: dict[str, tuple[Sequence[float], Sequence[float]]], *, title: str = "", xlabel: str = "",
               ylabel: str = "", log_x: bool = False, log_y: bool = False, markers: Sequence[tuple[float, str]] = (),
               width: int = 800, height: int = 480) -> bytes:
    """PNG bytes of a chart: `series` maps a legend label to (xs, ys); `markers` are (x, label) vertical lines."""
    c = Canvas(width, height)
    left, right, top, bottom = 90, 20, 40, 60
    pw, ph = width - left - right, height - top - bottom
    fx = (lambda v: math.log10(v)) if log_x else float
    fy = (lambda v: math.log10(v)) if log_y else float
    pts = {k: [(fx(x), fy(y)) for x, y in zip(*xy) if np.isfinite(y) and (not log_y or y > 0) and (not log_x or x > 0)]
           for k, xy in series.items()}
    allx = [p[0] for v in pts.values() for p in v] or [0.0, 1.0]
    ally = [p[1] for v in pts.values() for p in v] or [0.0, 1.0]
    x0, x1 = min(allx), max(allx)
    y0, y1 = min(ally), max(ally)
    if x1 == x0:
        x1 = x0 + 1
    pad = (y1 - y0) * 0.05 or 0.5
    y0, y1 = y0 - pad, y1 + pad

    def px(x):
        return left + (x - x0) / (x1 - x0) * pw

    def py(y):
        return top + ph - (y - y0) / (y1 - y0) * ph

    grid, axis = (225, 225, 225), (60, 60, 60)
    for t in _ticks(y0, y1) if not log_y else range(math.ceil(y0), math.floor(y1) + 1):
        c.line(left, py(t), left + pw, py(t), grid)
        c.text(left - 8, int(py(t)) - 5, _label(10**t if log_y else t), axis, anchor="right")
    for t in _ticks(x0, x1) if not log_x else range(math.ceil(x0), math.floor(x1) + 1):
        c.line(px(t), top, px(t), top + ph, grid)
        c.text(int(px(t)), top + ph + 8, _label(10**t if log_x else t), axis, anchor="center")
    for mx, label in markers:
        c.line(px(fx(mx)), top, px(fx(mx)), top + ph, (120, 120, 120), 1)
        c.text(int(px(fx(mx))) + 4, top + 4, label, (90, 90, 90))
    c.line(left, top + ph, left + pw, top + ph, axis)
    c.line(left, top, left, top + ph, axis)
    for i, (name, p) in enumerate(pts.items()):
        color = PALETTE[i % len(PALETTE)]
        for (xa, ya), (xb, yb) in zip(p, p[1:]):
            c.line(px(xa), py(ya), px(xb), py(yb), color, 2)
        if len(p) == 1:
            c.line(px(p[0][0]), py(p[0][1]), px(p[0][0]), py(p[0][1]), color, 5)
        c.line(left + pw - 200, top + 14 + 16 * i + 5, left + pw - 180, top + 14 + 16 * i + 5, color, 3)
        c.text(left + pw - 174, top + 14 + 16 * i, name[:20], (0, 0, 0))
    c.text(width // 2, 12, title, (0, 0, 0), anchor="center")
    c.text(left + pw // 2, height - 22, xlabel, axis, anchor="center")
    c.text(8, top - 26, ylabel, axis)
    return c.png()


def write_png(path, png: bytes) -> Path:
    atomic_write(path, lambda f: f.write(png))
    return Path(path)
