"""Straightforward Python 3 baseline for the data benchmark (standard library only): load the SoulChat
JSON array with json.load, drop exact duplicate conversations, write ShareGPT JSON lines.

    python3 bench/data-baseline.py <in.json> <out.jsonl>
"""
import hashlib
import json
import sys


def main(src, dst):
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    seen = set()
    written = 0
    with open(dst, "w", encoding="utf-8") as out:
        for rec in data:
            msgs = rec["messages"]
            key = hashlib.sha1(
                "\u0002".join(m["role"] + "\u0001" + m["content"] for m in msgs).encode("utf-8")
            ).digest()[:8]
            if key in seen:
                continue
            seen.add(key)
            conv = [{"from": "human" if m["role"] == "user" else "gpt", "value": m["content"]} for m in msgs]
            out.write(json.dumps({"conversations": conv}, ensure_ascii=False) + "\n")
            written += 1
    print(json.dumps({"read": len(data), "written": written}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
