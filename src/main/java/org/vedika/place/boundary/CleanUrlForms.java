package org.vedika.place.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The forms of a clean-URL page ({@link PlacePaths}) post back to its clean address — {@code
 * /recurring/7} — rather than to the view behind it ({@code /recurring.xhtml}), which is no address
 * to reload or bookmark (reloading it answers 404). The post comes in through {@link PlacePaths}
 * like the page did. Only the action of a form of the page being shown changes: redirects and links
 * are encoded elsewhere ({@code encodeRedirectURL}, {@code encodeBookmarkableURL}), and pages that
 * are not forwarded are left alone.
 *
 * <p>A factory rather than OmniFaces' {@code o:form}: that component adds omnifaces.js to the page,
 * and the problem page is a read page with forms, kept free of scripts.
 */
public class CleanUrlForms extends ExternalContextFactory {

  public CleanUrlForms(ExternalContextFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExternalContext getExternalContext(Object context, Object request, Object response) {
    var external = getWrapped().getExternalContext(context, request, response);
    if (request instanceof HttpServletRequest http && http.getAttribute(PlacePaths.VIEW) != null) {
      return new Forwarded(external, http);
    }
    return external;
  }

  /** The external context of a request {@link PlacePaths} forwarded. */
  static final class Forwarded extends ExternalContextWrapper {

    private final HttpServletRequest request;

    Forwarded(ExternalContext wrapped, HttpServletRequest request) {
      super(wrapped);
      this.request = request;
    }

    @Override
    public String encodeActionURL(String url) {
      var view = (String) request.getAttribute(PlacePaths.VIEW);
      var root = FacesContext.getCurrentInstance().getViewRoot();
      var path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      var viewPath = request.getContextPath() + view;
      var ownForm =
          root != null
              && view.equals(root.getViewId())
              && (path.equals(viewPath)
                  || path.equals(viewPath.substring(0, viewPath.length() - ".xhtml".length())));
      return super.encodeActionURL(ownForm ? clean(url) : url);
    }

    /**
     * The clean path asked for, with the query of the form's own action only: what a form needs
     * travels in its own fields ({@code id}, {@code page} on the problem page) or in the view
     * state, and a page's query (say {@code ?edit=3}) posted back would change which forms the
     * posted page has.
     */
    private String clean(String url) {
      var address = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
      return url.contains("?") ? address + url.substring(url.indexOf('?')) : address;
    }
  }
}
