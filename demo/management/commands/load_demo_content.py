"""python manage.py load_demo_content: the demo site in every locale, idempotent."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the Alliance's demo content (news, members, glossary, forms) in every locale."

    def create_parser(self, prog_name: str, subcommand: str, **kwargs) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        # A bad option ends with one line ("...: error: ...") and exit status 2,
        # without argparse's usage block.
        parser.print_usage = lambda file=None: None
        return parser

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--locales",
            help="Comma-separated locale codes to load (default: every content language)",
        )
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo accounts new passwords and print them (development only)",
        )

    def handle(self, *args, locales: str | None = None, reset_passwords: bool = False, **options):
        wanted = [code.strip() for code in locales.split(",")] if locales else None
        loader = DemoLoader(locales=wanted, reset_passwords=reset_passwords)
        if wanted:
            unknown = sorted(set(wanted) - set(loader.locale_codes))
            if unknown:
                raise CommandError(f"Unknown locale code(s): {', '.join(unknown)}")
            if "en" not in wanted:
                raise CommandError("The source locale 'en' must be among --locales")
        report = loader.run()
        if not report.changed:
            self.stdout.write("Demo content already loaded: nothing changed.")
            return
        for name, count in sorted(report.created.items()):
            self.stdout.write(f"Created {count} × {name}")
        for code, count in sorted(report.translated.items()):
            self.stdout.write(f"Translated {count} item(s) into {code}")
        for username, password in report.passwords.items():
            self.stdout.write(self.style.WARNING(f"Demo login (dev only): {username} / {password}"))
