"""The docs list every setting and every command (Datasette style)."""
from pathlib import Path

from brinkwatch import settings
from brinkwatch.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def test_readme_lists_every_setting():
    for setting in settings.SETTINGS:
        assert f"`{setting.name}`" in README and f"`{setting.env}`" in README


def test_readme_lists_every_command():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name in commands:
        assert f"| `{name}` |" in README, name


def test_readme_gives_the_two_commands():
    assert "make demo" in README and "make test" in README
