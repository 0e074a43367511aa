"""unittest TestCase example."""
import unittest


def is_palindrome(text: str) -> bool:
    """True if text reads the same backwards, ignoring case and non-alphanumerics."""
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]


class TestIsPalindrome(unittest.TestCase):
    """Tests for is_palindrome."""

    def setUp(self):
        self.palindromes = ["racecar", "A man, a plan, a canal: Panama", ""]

    def test_palindromes(self):
        for p in self.palindromes:
            with self.subTest(p=p):
                self.assertTrue(is_palindrome(p))

    def test_not_palindrome(self):
        self.assertFalse(is_palindrome("hello"))

    def test_case_insensitive(self):
        self.assertTrue(is_palindrome("Noon"))

    def test_type_error(self):
        with self.assertRaises(TypeError):
            is_palindrome(None)


if __name__ == "__main__":
    unittest.main()
