"""A tiny linear-regression model trained with gradient descent (no frameworks)."""

from __future__ import annotations

import math
import random


class LinearModel:
    """Single-feature linear model ``y = w * x + b`` with train/eval modes."""

    def __init__(self, learning_rate: float = 0.01, seed: int = 0) -> None:
        rng = random.Random(seed)
        self.w = rng.uniform(-1.0, 1.0)
        self.b = 0.0
        self.learning_rate = learning_rate
        self.training = True

    def train(self) -> LinearModel:
        """Put the model in training mode."""
        self.training = True
        return self

    def eval(self) -> LinearModel:
        """Put the model in evaluation mode (parameters are frozen)."""
        self.training = False
        return self

    def predict(self, x: float) -> float:
        """Return the model's prediction for ``x``."""
        return self.w * x + self.b

    def step(self, xs: list[float], ys: list[float]) -> float:
        """Run one gradient-descent step and return the mean squared error."""
        n = len(xs)
        errors = [self.predict(x) - y for x, y in zip(xs, ys)]
        mse = sum(e * e for e in errors) / n
        if self.training:
            grad_w = 2 * sum(e * x for e, x in zip(errors, xs)) / n
            grad_b = 2 * sum(errors) / n
            self.w -= self.learning_rate * grad_w
            self.b -= self.learning_rate * grad_b
        return mse


def fit(model: LinearModel, xs: list[float], ys: list[float], epochs: int = 500) -> float:
    """Train ``model`` for ``epochs`` steps and return the final RMSE."""
    model.train()
    mse = math.inf
    for _ in range(epochs):
        mse = model.step(xs, ys)
    model.eval()
    return math.sqrt(mse)


if __name__ == "__main__":
    xs = [float(i) for i in range(10)]
    ys = [3.0 * x + 2.0 for x in xs]
    model = LinearModel(learning_rate=0.02)
    rmse = fit(model, xs, ys, epochs=2000)
    model.eval()
    print(round(model.w, 2), round(model.b, 2), round(rmse, 4))
    print(model.predict(12.0))
