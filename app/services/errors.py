class DomainError(Exception):
    """A rule of the domain refused the operation. `message` is shown to the user as is;
    `field`, when given, names the form field the message belongs to."""

    def __init__(self, message, field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.field = field


class NotAllowed(DomainError):
    """The acting user may not do this (views answer 403)."""
