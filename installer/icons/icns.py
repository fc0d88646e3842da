"""Writes a macOS .icns from PNGs (ImageMagick cannot write ICNS and png2icns is not everywhere).

An .icns is the magic 'icns', the total length, then entries of a 4-letter type, the entry length
and the PNG bytes; macOS 10.7+ reads PNG payloads for the types below.
Usage: python3 icns.py OUT.icns PNG_DIR   (PNG_DIR holds cashtrail-N.png)
"""
import struct
import sys
from pathlib import Path

# type -> pixel size of the PNG it holds (@2x types hold the doubled size)
TYPES = [("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256), ("ic08", 256),
         ("ic14", 512), ("ic09", 512), ("ic10", 1024)]


def main(out, png_dir):
    body = b""
    for kind, size in TYPES:
        data = (Path(png_dir) / f"cashtrail-{size}.png").read_bytes()
        body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    Path(out).write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
