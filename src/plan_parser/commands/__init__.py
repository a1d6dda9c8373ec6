"""CLI command modules; each defines `register(app)`. See plan_parser.cli."""
