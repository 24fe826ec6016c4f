"""Distribution: traced copies for each recipient, signing, and sending them by mail.

It sits on top of rendering: a build hands it each audience's finished PDF, marking and mail
body, and it writes, into the project's private state folder (never the published output),
one copy per recipient and the manifest that says whose each copy is.

The package imports none of its modules: a build that only publishes (`archive`) does not
load pyHanko, which the copies (`folder`, `copies`) need.
"""
