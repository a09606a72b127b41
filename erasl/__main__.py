"""`python -m erasl ...` runs the same command as `erasl ...` (editors that start `python -m erasl lsp` need it)."""

from erasl.cli import main

if __name__ == "__main__":
    main(prog_name="erasl")
