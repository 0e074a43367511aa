"""Pydantic user model with email validation."""
from datetime import datetime
from typing import Optional

from pydantic import BaseModel, EmailStr, Field, field_validator


class User(BaseModel):
    """A registered user."""

    id: int
    name: str = Field(..., min_length=1, max_length=100)
    email: EmailStr
    age: Optional[int] = Field(default=None, ge=0, le=150)
    created_at: datetime = Field(default_factory=datetime.utcnow)

    @field_validator("name")
    @classmethod
    def name_must_not_be_blank(cls, value: str) -> str:
        """Strip the name and reject blank names."""
        value = value.strip()
        if not value:
            raise ValueError("name must not be blank")
        return value


if __name__ == "__main__":
    user = User(id=1, name="  Alice  ", email="alice@example.com", age=30)
    print(user.model_dump())
    try:
        User(id=2, name="Bob", email="not-an-email")
    except ValueError as exc:
        print("Validation error:", exc)
