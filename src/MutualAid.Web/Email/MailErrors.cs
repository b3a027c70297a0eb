namespace MutualAid.Web.Email;

// The server offers no TLS, so nothing was sent to it: neither the password nor any email.
public sealed class MailServerWithoutTlsException(string host, int port) : Exception(
    $"The mail server {host}:{port} offers no TLS (STARTTLS, or implicit TLS on port 465), so nothing was sent to it. "
    + "Use a server that offers TLS, or, for a relay on this machine that asks for no password, set Email:Smtp:AllowPlainText=true.");

// The connection failed after the message went out: the server may have accepted it.
public sealed class DeliveryUnknownException(Exception inner) : Exception(inner.Message, inner);
