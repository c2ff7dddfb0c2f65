"""Business rules. Services take the acting user and plain values, flush but never commit,
and raise DomainError subclasses that views turn into messages."""
