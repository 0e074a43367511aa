# FALSE POSITIVE (S108 critical): reading a user class's __mro__ (teaching inheritance order) is
# blocked as an escape; only __subclasses__ etc. lead anywhere.
class A:
    """Base."""


class B(A):
    """Child."""


print([cls.__name__ for cls in B.__mro__])
