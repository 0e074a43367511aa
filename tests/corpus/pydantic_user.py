"""Pydantic v2 models for user registration with validation."""

from datetime import date
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator


class UserCreate(BaseModel):
    """Payload used to register a new user."""

    model_config = ConfigDict(str_strip_whitespace=True)

    username: str = Field(min_length=3, max_length=32)
    email: EmailStr
    full_name: Optional[str] = None
    birth_date: Optional[date] = None

    @field_validator("username")
    @classmethod
    def username_alphanumeric(cls, value: str) -> str:
        """Ensure the username only has letters, digits and underscores."""
        if not value.replace("_", "").isalnum():
            raise ValueError("username must be alphanumeric (underscores allowed)")
        return value.lower()

    @field_validator("birth_date")
    @classmethod
    def not_in_future(cls, value: Optional[date]) -> Optional[date]:
        """Reject birth dates in the future."""
        if value is not None and value > date.today():
            raise ValueError("birth_date cannot be in the future")
        return value


class UserPublic(BaseModel):
    """User data that is safe to return to clients."""

    id: int
    username: str
    email: EmailStr


def to_public(user_id: int, user: UserCreate) -> UserPublic:
    """Convert a registration payload into its public representation."""
    return UserPublic(id=user_id, username=user.username, email=user.email)


if __name__ == "__main__":
    new_user = UserCreate(username="Ada_Lovelace", email="ada@example.com")
    print(to_public(1, new_user).model_dump())
