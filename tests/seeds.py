"""Where the shared seed articles are: `../shared/corpus/seeds` beside the repository."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"the seed articles are missing: expected them in {SEEDS}"
    return paths
