import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The baseline's {@code /health/live}: a plain servlet writing what MicroProfile Health writes when
 * the process is up, so bench/run shows what a request costs Payara alone beside Vedika's.
 */
@WebServlet("/health/live")
public class Live extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.getWriter().write("{\"status\":\"UP\",\"checks\":[]}");
  }
}
