"""``python -m bot``: the same command line as the ``quotebot`` script."""

from bot.cli import main

if __name__ == "__main__":
    main()
