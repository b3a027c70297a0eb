using System.Globalization;

namespace MutualAid.BrowserTests.Infrastructure;

// What the site says, in the language a neighbor reads it in: English as the site writes it,
// Spanish as a Spanish-speaking neighbor sees it. The tests find buttons and messages by these
// words, as a person would.
public sealed class Words(string language)
{
    private static readonly Dictionary<string, string> Spanish = new(StringComparer.Ordinal)
    {
        ["Sign up"] = "Crear cuenta",
        ["Choose languages"] = "Elegir idiomas",
        ["Spanish (Español)"] = "Español",
        ["Portuguese (Português)"] = "Portugués (Português)",
        ["Spanish"] = "Español",
        ["Portuguese"] = "Portugués",
        ["Needs someone who speaks"] = "Necesita a alguien que hable",
        ["Speaks"] = "Habla",
        ["Speaks my language"] = "Habla mi idioma",
        ["Show posts"] = "Ver publicaciones",
        ["Retire “{0}”"] = "Retirar «{0}»",
        ["Category retired. Posts that have it keep it; new posts cannot choose it."] = "Categoría retirada. Las publicaciones que la tienen la conservan; las nuevas no pueden elegirla.",
        ["Bring back “{0}”"] = "Recuperar «{0}»",
        ["Merge into another “{0}”"] = "Unir a otra «{0}»",
        ["Merge"] = "Unir",
        ["Choose the category its posts move to."] = "Elige la categoría a la que pasan sus publicaciones.",
        ["Move its posts to"] = "Pasar sus publicaciones a",
        ["“{0}” is merged into “{1}”: {2} posts moved."] = "«{0}» se ha unido a «{1}»: {2} publicaciones movidas.",
        ["Name in English"] = "Nombre en inglés",
        ["Latitude of its center"] = "Latitud de su centro",
        ["Longitude of its center"] = "Longitud de su centro",
        ["Radius (km)"] = "Radio (km)",
        ["Edit “{0}”"] = "Editar «{0}»",
        ["Confirm your email"] = "Confirma tu dirección de correo",
        ["Thank you for confirming your email"] = "Gracias por confirmar tu dirección de correo",
        ["Confirm my email"] = "Confirmar mi dirección de correo",
        ["Log in"] = "Entrar",
        ["Log out"] = "Cerrar sesión",
        ["Save"] = "Guardar",
        ["Neighborhood saved."] = "Barrio guardado.",
        ["Point chosen on the map. Save to keep it."] = "Punto elegido en el mapa. Guarda para conservarlo.",
        ["Save profile"] = "Guardar perfil",
        ["Your profile is saved."] = "Tu perfil está guardado.",
        ["Your home is set."] = "Ya has indicado dónde vives.",
        ["Post it"] = "Publicar",
        ["Your post is up. Neighbors nearby can see it now."] = "Listo, ya está publicada. Los vecinos de cerca ya pueden verla.",
        ["Meals"] = "Comidas",
        ["match"] = "coincidencia",
        ["I'd like this"] = "Me interesa",
        ["I can help"] = "Puedo ayudar",
        ["A short message to {0}"] = "Un mensaje corto para {0}",
        ["Your answer is sent. You will get an email when the author decides."] = "Tu respuesta se ha enviado. Recibirás un correo cuando la persona que publicó decida.",
        ["Waiting for {0} to decide."] = "Esperando a que {0} decida.",
        ["{0} answered"] = "{0} ha respondido",
        ["Accept {0}"] = "Aceptar a {0}",
        ["Accepted. You and {0} each have an email with the other's contact details."] = "Aceptada. Te hemos enviado un correo con los datos de contacto de {0}, y a {0} uno con los tuyos.",
        ["You are in touch with {0}"] = "Ya estás en contacto con {0}",
        ["Mark fulfilled"] = "Marcar como cumplida",
        ["Marked fulfilled. You can leave a thank-you note below."] = "Marcada como cumplida. Puedes dejar una nota de agradecimiento más abajo.",
        ["Done: this post is fulfilled."] = "Hecho: esta publicación está cumplida.",
        ["A thank-you note to {0}"] = "Una nota de agradecimiento para {0}",
        ["Send thanks"] = "Enviar agradecimiento",
        ["Thank you for saying thank you. They can read your note now."] = "Gracias por dar las gracias. Ya puede leer tu nota.",
        ["{0} left you a thank-you note"] = "{0} te ha dejado una nota de agradecimiento",
        ["sign up"] = "crea una cuenta",
        ["Where is home?"] = "¿Dónde vives?",
        ["Save and go on"] = "Guardar y seguir",
        ["Not now"] = "Ahora no",
        ["Moving help"] = "Ayuda con mudanzas",
        ["This post is full: all the people it needs have been accepted."] = "Esta publicación está completa: ya se ha aceptado a todas las personas que necesita.",
        ["Send the link"] = "Enviar el enlace",
        ["Send the report"] = "Enviar el aviso",
        ["Change password"] = "Cambiar la contraseña",
        ["Save changes"] = "Guardar cambios",
        ["Save email settings"] = "Guardar ajustes de correo",
        ["Dismiss"] = "Descartar",
        ["Dismiss the report, do nothing"] = "Descartar el aviso sin hacer nada",
        ["Add"] = "Añadir",
        ["Renew it"] = "Renovarla",
        ["Name steward"] = "Nombrar coordinador",
        ["Unblock Ivo"] = "Desbloquear a Ivo",
        ["What could you help with?"] = "¿Con qué podrías ayudar?",
        ["A short walk (1 km)"] = "Un paseo corto (1 km)",
        ["Email me at once, within a minute (the default)"] = "Escríbeme al momento, en menos de un minuto (lo predeterminado)",
        ["Skip for now"] = "Saltar por ahora",
        ["Saved. We will tell you about new needs you could help with."] = "Guardado. Te avisaremos de las necesidades nuevas con las que podrías ayudar.",
        ["you could help with"] = "podrías ayudar",
        ["What you can help with nearby"] = "Con qué puedes ayudar cerca",
        ["Restore post"] = "Restaurar publicación",
        ["⚠ Delete my account"] = "⚠ Borrar mi cuenta",
        ["⚠ Block the author…"] = "⚠ Bloquear a quien la publicó…",
        ["⚠ Yes, block Tomas"] = "⚠ Sí, bloquear a Tomas",
        ["Search"] = "Buscar",
        ["The place search is not answering just now. Try again later, or choose another option."] = "La búsqueda de lugares no responde ahora mismo. Vuelve a intentarlo más tarde o elige otra opción.",
    };

    public string Language { get; } = language;

    // The browser's language setting, which the site follows until a neighbor chooses.
    public string Locale => Language == "es" ? "es-ES" : "en-GB";

    public string this[string english] => Language == "es" ? Spanish[english] : english;

    public string this[string english, params object[] values] => string.Format(CultureInfo.InvariantCulture, this[english], values);
}
