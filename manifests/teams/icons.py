#!/usr/bin/env python3
"""Draws the Teams app icons (a globe) as PNG files, with the standard library only.

color.png   192x192, a white globe on the accent colour, opaque.
outline.png  32x32, the same globe in white on a transparent background.

Run from this folder: python3 icons.py
"""
import math
import struct
import zlib

ACCENT = (0x1F, 0x6F, 0x8B)
SAMPLES = 4  # per axis, for anti-aliased edges


def globe(x, y, radius, stroke):
    """Whether point (x, y), relative to the centre, is on the globe's lines."""
    distance = math.hypot(x, y)
    if abs(distance - radius) <= stroke / 2:
        return True
    if distance > radius:
        return False
    half = stroke / 2
    width = radius * 0.45  # the meridian ellipse
    ellipse = math.hypot(x / width, y / radius)
    if abs(ellipse - 1) * width <= half:
        return True
    if abs(x) <= half or abs(y) <= half:
        return True
    return abs(abs(y) - radius * 0.5) <= half


def coverage(px, py, size, radius, stroke):
    inside = 0
    for sx in range(SAMPLES):
        for sy in range(SAMPLES):
            x = px + (sx + 0.5) / SAMPLES - size / 2
            y = py + (sy + 0.5) / SAMPLES - size / 2
            inside += globe(x, y, radius, stroke)
    return inside / (SAMPLES * SAMPLES)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def color(x, y):
    a = coverage(x, y, 192, 62, 9)
    return tuple(round(c + (255 - c) * a) for c in ACCENT) + (255,)


def outline(x, y):
    a = coverage(x, y, 32, 12.5, 2)
    return (255, 255, 255, round(255 * a)) if a > 0 else (0, 0, 0, 0)


png("color.png", 192, color)
png("outline.png", 32, outline)
