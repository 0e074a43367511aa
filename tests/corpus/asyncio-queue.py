"""Producer/consumer with asyncio.Queue."""
import asyncio
import random


async def producer(queue: asyncio.Queue, n_items: int) -> None:
    """Put n_items numbers on the queue."""
    for i in range(n_items):
        await asyncio.sleep(random.uniform(0.01, 0.05))
        await queue.put(i)
        print(f"produced {i}")


async def consumer(name: str, queue: asyncio.Queue) -> None:
    """Take items off the queue forever, until cancelled."""
    while True:
        item = await queue.get()
        await asyncio.sleep(random.uniform(0.01, 0.05))
        print(f"{name} consumed {item}")
        queue.task_done()


async def main() -> None:
    """Run one producer and three consumers."""
    queue: asyncio.Queue = asyncio.Queue(maxsize=5)
    consumers = [asyncio.create_task(consumer(f"worker-{i}", queue)) for i in range(3)]
    await producer(queue, 10)
    await queue.join()
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
