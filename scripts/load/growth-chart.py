#!/usr/bin/env python3
"""Draws how each load scenario grows with the data, from scripts/load.sh's result tables.

    growth-chart.py results-10000.md results-100000.md results-1000000.md > growth.svg

Left: requests per second as a share of the bare page's in the same run (1.0 = as fast as a page
that reads no data). Right: the 99th percentile latency in milliseconds, on a log scale.
"""
import math
import re
import sys

COLORS = ["#1b6ca8", "#c0392b", "#27864b", "#8e44ad", "#d35400", "#2c3e50", "#7f8c8d", "#b7950b"]
WIDTH, PANEL, TOP, LEFT = 760, 300, 40, 60


def read(path):
    posts = int(re.search(r"(\d+)", path.rsplit("/", 1)[-1]).group(1))
    rows = {}
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 9 or cells[0] in ("scenario", "---") or cells[0].startswith("bare"):
            continue
        name = re.sub(r" \(\+64 readers.*\)", " (+64 readers)", cells[0])
        number = lambda text: float(text.replace(",", "")) if re.fullmatch(r"[\d.,]+", text) else None
        rows[name] = (number(cells[4]), number(cells[3]))
    return posts, rows


def main(paths):
    runs = sorted(read(p) for p in paths)
    sizes = [posts for posts, _ in runs]
    names = [name for name in runs[0][1]]
    x = lambda i: LEFT + 20 + i * (PANEL - 40) / max(1, len(sizes) - 1)
    ratio_y = lambda r: TOP + 220 - min(r, 1.2) / 1.2 * 220
    p99_y = lambda ms: TOP + 220 - (math.log10(max(ms, 1)) / 4) * 220
    legend_top = TOP + 285
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{legend_top + 20 * ((len(names) + 1) // 2)}" '
           'font-family="sans-serif" font-size="11" role="img" aria-label="Load scenarios at each number of posts">',
           '<rect width="100%" height="100%" fill="white"/>']
    for panel, (title, y, ticks) in enumerate([
            ("req/s ÷ bare page (higher is better)", ratio_y, [(t / 10, f"{t / 10:.1f}") for t in range(0, 13, 2)]),
            ("p99 latency, ms (log scale)", p99_y, [(10 ** e, f"{10 ** e:,}") for e in range(0, 5)])]):
        dx = panel * (PANEL + 90)
        out.append(f'<text x="{dx + LEFT}" y="{TOP - 18}" font-weight="bold">{title}</text>')
        for value, label in ticks:
            out.append(f'<line x1="{dx + LEFT}" x2="{dx + LEFT + PANEL}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#ddd"/>')
            out.append(f'<text x="{dx + LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end">{label}</text>')
        for i, posts in enumerate(sizes):
            out.append(f'<text x="{dx + x(i):.1f}" y="{TOP + 238}" text-anchor="middle">{posts:,}</text>')
        out.append(f'<text x="{dx + LEFT + PANEL / 2}" y="{TOP + 254}" text-anchor="middle">open posts</text>')
        for n, name in enumerate(names):
            points = [(dx + x(i), y(rows[name][panel])) for i, (_, rows) in enumerate(runs)
                      if name in rows and rows[name][panel] is not None]
            color = COLORS[n % len(COLORS)]
            if len(points) > 1:
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
                out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
            out += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{color}"/>' for px, py in points]
    for n, name in enumerate(names):
        lx, ly = LEFT + (n % 2) * 360, legend_top + (n // 2) * 20
        out.append(f'<rect x="{lx}" y="{ly - 9}" width="12" height="10" fill="{COLORS[n % len(COLORS)]}"/>')
        out.append(f'<text x="{lx + 18}" y="{ly}">{name.replace("&", "&amp;").replace("<", "&lt;")}</text>')
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
