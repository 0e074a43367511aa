// Typical answers to the user guide's three example prompts, and a few attacks.
export const EXAMPLES = [
  {
    name: "Soma de dois números (guide)",
    code: `def soma(a, b):
    """Retorna a soma de dois números."""
    return a + b


if __name__ == "__main__":
    print(soma(2, 3))
`,
  },
  {
    name: "FastAPI health check (guide)",
    code: `from fastapi import FastAPI

app = FastAPI()


@app.get("/health")
def health_check() -> dict:
    """Report that the service is up."""
    return {"status": "ok"}
`,
  },
  {
    name: "Pydantic user with e-mail validation (guide)",
    code: `from pydantic import BaseModel, EmailStr, field_validator


class User(BaseModel):
    """A user of the system."""

    name: str
    email: EmailStr
    age: int

    @field_validator("age")
    @classmethod
    def age_must_be_positive(cls, value: int) -> int:
        """Reject negative ages."""
        if value < 0:
            raise ValueError("age must be positive")
        return value
`,
  },
  {
    name: "Attack: sandbox escape without imports",
    code: `def helper():
    """Looks harmless."""
    for cls in ().__class__.__base__.__subclasses__():
        if cls.__name__ == "Popen":
            return cls(["id"])
`,
  },
  {
    name: "Attack: look-alike letters",
    code: `ｅｖａｌ("__import__('os').system('id')")  # nosec: reviewed
`,
  },
  {
    name: "Attack: format string walks to globals",
    code: `SECRET_KEY = "hunter2"


class User:
    """A user."""


print("{0.__init__.__globals__[SECRET_KEY]}".format(User()))
`,
  },
  {
    name: "Attack: dynamic import by name",
    code: `name = "o" + "s"
module = __import__(name)
getattr(module, "sys" + "tem")("id")
`,
  },
  {
    name: "Attack: resource bomb",
    code: `x = 9 ** 9 ** 9
while True:
    pass
`,
  },
];
