"""A minimal FastAPI application with a health check endpoint."""
from datetime import datetime, timezone

from fastapi import FastAPI, status
from pydantic import BaseModel

app = FastAPI(title="My Service", version="1.0.0")


class HealthResponse(BaseModel):
    """Response body of the health check."""

    status: str
    timestamp: datetime
    version: str


@app.get("/health", response_model=HealthResponse, status_code=status.HTTP_200_OK)
async def health_check() -> HealthResponse:
    """Return the service status so load balancers can probe it."""
    return HealthResponse(
        status="ok",
        timestamp=datetime.now(timezone.utc),
        version=app.version,
    )


if __name__ == "__main__":
    import uvicorn

    uvicorn.run("main:app", host="0.0.0.0", port=8000, reload=True)
