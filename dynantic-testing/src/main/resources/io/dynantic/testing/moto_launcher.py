# Runs moto's DynamoDB single-threaded on 127.0.0.1:<port>. The stock moto_server is
# multi-threaded, and its conditional writes are not atomic under concurrency.
# Exits when its standard input closes, so a killed JVM leaves no server behind.
import logging
import os
import sys
import threading

try:
    from moto.server import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import run_simple
except ImportError as error:
    sys.stderr.write("DYNANTIC-NO-MOTO: %s\n" % error)
    sys.exit(3)


def exit_when_parent_goes():
    sys.stdin.read()
    os._exit(0)


logging.getLogger("werkzeug").setLevel(logging.ERROR)
threading.Thread(target=exit_when_parent_goes, daemon=True).start()
run_simple("127.0.0.1", int(sys.argv[1]), DomainDispatcherApplication(create_backend_app),
           threaded=False, use_reloader=False)
