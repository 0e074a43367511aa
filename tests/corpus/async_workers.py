"""Concurrent job processing with asyncio queues and semaphores."""

import asyncio
import random


async def fetch_value(job_id: int, limiter: asyncio.Semaphore) -> int:
    """Simulate an I/O-bound task bounded by a semaphore."""
    async with limiter:
        await asyncio.sleep(random.uniform(0.01, 0.05))
        return job_id * 10


async def worker(name: str, queue: asyncio.Queue, results: list[str]) -> None:
    """Consume jobs from ``queue`` until the task is cancelled."""
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(0.01)
            results.append(f"{name} processed {item}")
        finally:
            queue.task_done()


async def main() -> None:
    """Run a small producer/consumer pipeline and a bounded gather."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    results: list[str] = []

    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    for job in range(10):
        await queue.put(job)

    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    limiter = asyncio.Semaphore(2)
    values = await asyncio.gather(*(fetch_value(i, limiter) for i in range(5)))

    print(len(results), values)


if __name__ == "__main__":
    asyncio.run(main())
