"""A minimal FastAPI application exposing a health-check endpoint."""

from datetime import datetime, timezone

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="Example Service", version="1.0.0")


class HealthResponse(BaseModel):
    """Response body for the health-check endpoint."""

    status: str
    timestamp: datetime
    version: str


@app.get("/health", response_model=HealthResponse)
async def health_check() -> HealthResponse:
    """Report that the service is alive.

    Returns:
        A ``HealthResponse`` with status ``"ok"`` and the current UTC time.
    """
    return HealthResponse(
        status="ok",
        timestamp=datetime.now(timezone.utc),
        version=app.version,
    )


@app.get("/")
async def root() -> dict[str, str]:
    """Return a short welcome message."""
    return {"message": "Service is running. See /health for status."}
