package pymem.grading.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Where each box and arrow of a {@link HeapSnapshot} goes, worked out by the Eclipse Layout Kernel's layered
 * algorithm (left to right: namespaces in the first layer, then what they refer to). Every slot of a box is a
 * port fixed on its right side, so an arrow leaves from the row of the name or item it stands for. The box
 * sizes come from the text they hold ({@link #CHAR_WIDTH} per character of the monospace font the SVG uses).
 */
public final class HeapLayout {
    /** Width of one character of the 12px monospace font, with a little room. */
    static final double CHAR_WIDTH = 7.4;
    static final double HEADER = 22;
    static final double ROW = 18;
    static final double PAD = 8;
    static final double MIN_WIDTH = 64;
    static final double MARGIN = 12;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** A placed box: its top-left corner and size. */
    public record Placed(HeapSnapshot.Box box, double x, double y, double width, double height) {
    }

    /** A routed arrow: the points it passes through, first to last (the last is on its target's border). */
    public record Route(HeapSnapshot.Arrow arrow, List<double[]> points) {
    }

    /** The laid-out picture: its boxes, arrows and overall size (margins included). */
    public record Layout(HeapSnapshot snapshot, List<Placed> boxes, List<Route> routes, double width, double height) {
    }

    private HeapLayout() {
    }

    /** The height of a box: header, the detail row, a row per slot, and the mark's caption. */
    static double heightOf(HeapSnapshot.Box b) {
        return HEADER + detailRows(b) * ROW + b.slots().size() * ROW + (b.mark() == Mark.NONE ? 0 : ROW) + PAD / 2;
    }

    static int detailRows(HeapSnapshot.Box b) {
        return b.detail().isEmpty() ? 0 : 1;
    }

    /** The y of slot {@code i}'s row centre, from the box's top. */
    static double slotCentre(HeapSnapshot.Box b, int i) {
        return HEADER + detailRows(b) * ROW + i * ROW + ROW / 2;
    }

    static double widthOf(HeapSnapshot.Box b, HeapSnapshot snapshot) {
        String badge = snapshot.badge(b.id());
        int chars = b.title().length() + (snapshot.refcounts() && b.refcount() >= 0 ? (" rc " + b.refcount()).length() + 2 : 0)
                + (badge.isEmpty() ? 0 : badge.length() + 2);
        chars = Math.max(chars, b.detail().length());
        chars = Math.max(chars, b.mark().caption().length());
        for (String s : b.slots()) {
            chars = Math.max(chars, s.length());
        }
        return Math.max(MIN_WIDTH, chars * CHAR_WIDTH + 2 * PAD);
    }

    public static Layout of(HeapSnapshot snapshot) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        Map<String, ElkNode> nodes = new HashMap<>();
        Map<String, List<ElkPort>> ports = new HashMap<>();
        for (HeapSnapshot.Box b : snapshot.boxes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            double w = widthOf(b, snapshot);
            n.setDimensions(w, heightOf(b));
            n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            if (b.kind() == BoxKind.SCOPE) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            List<ElkPort> own = new ArrayList<>();
            for (int i = 0; i < b.slots().size(); i++) {
                ElkPort p = ElkGraphUtil.createPort(n);
                p.setDimensions(1, 1);
                p.setLocation(w, slotCentre(b, i));
                p.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
                own.add(p);
            }
            nodes.put(b.id(), n);
            ports.put(b.id(), own);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (HeapSnapshot.Arrow a : snapshot.arrows()) {
            ElkConnectableShape from = a.slot() < 0 ? nodes.get(a.from()) : ports.get(a.from()).get(a.slot());
            edges.add(ElkGraphUtil.createSimpleEdge(from, nodes.get(a.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Placed> placed = new ArrayList<>();
        for (HeapSnapshot.Box b : snapshot.boxes()) {
            ElkNode n = nodes.get(b.id());
            placed.add(new Placed(b, n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection s : edges.get(i).getSections()) {
                points.add(new double[] {s.getStartX(), s.getStartY()});
                for (ElkBendPoint bp : s.getBendPoints()) {
                    points.add(new double[] {bp.getX(), bp.getY()});
                }
                points.add(new double[] {s.getEndX(), s.getEndY()});
            }
            routes.add(new Route(snapshot.arrows().get(i), points));
        }
        return new Layout(snapshot, placed, routes, root.getWidth(), root.getHeight());
    }
}
